package nl.slimmehandhaving.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.casefile.CaseFile;
import nl.slimmehandhaving.casefile.CaseFileService;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.profiling.Posture;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Instrument choice and InstrumentExecutionProcess: every instrument becomes the right work. */
class InstrumentExecutionProcessTest extends PostgresIntegrationTest {

    private static final String ORGANISATION = "gemeente-groningen";
    private static final String CARLA = "carla";

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    CaseFileService caseFiles;

    @Test
    void everyInstrumentBecomesItsOwnWork() {
        String caseNumber = untilInstrumentChoice();
        List<String> all = Arrays.stream(Instrument.values()).map(Enum::name).toList();

        steps.chooseInstruments(CARLA, caseNumber, all, "Alle instrumenten voor de test van de uitvoering.");

        assertThat(file(caseNumber).summary().stage()).isEqualTo("EXECUTION");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactlyInAnyOrder(
                "Task_HoldFollowUpConversation", "Task_HoldFollowUpConversation", "Task_HoldFollowUpConversation",
                "Task_ReferToDebtCounselling", "Task_PrepareRecovery", "Task_EstablishFacts");
        assertThat(file(caseNumber).instrumentExecutions()).extracting(CaseFile.InstrumentExecutionView::instrument)
                .containsExactlyInAnyOrder("INFORMATION_LETTER", "INTENSIFIED_MONITORING");
        assertThat(file(caseNumber).intensifiedMonitoring()).isTrue();

        steps.carryOutInstruments(CARLA, caseNumber);

        CaseFile file = file(caseNumber);
        assertThat(file.instrumentExecutions()).extracting(CaseFile.InstrumentExecutionView::instrument)
                .containsExactlyInAnyOrderElementsOf(all);
        assertThat(file.instrumentExecutions()).filteredOn(e -> e.instrument().equals("GUIDANCE"))
                .singleElement().satisfies(e -> assertThat(e.executedBy()).isEqualTo(CARLA));
        assertThat(file.summary().stage()).isEqualTo("MONITORING");
        assertThat(caseworker.openTaskKeys(caseNumber)).isEmpty();
    }

    @Test
    void changingTheProposedMixRequiresAReason() {
        String caseNumber = untilInstrumentChoice();

        assertThatThrownBy(() -> steps.chooseInstruments(CARLA, caseNumber, List.of("GUIDANCE"), null))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("waarom");
        assertThatThrownBy(() -> steps.chooseInstruments(CARLA, caseNumber, List.of(), "niets"))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ChooseInstruments");

        steps.acceptProposedInstruments(CARLA, caseNumber);
        CaseFile.InstrumentDecisionView decision = file(caseNumber).instrumentDecisions().get(0);
        assertThat(decision.chosen()).containsExactlyInAnyOrderElementsOf(decision.proposed());
        assertThat(decision.decidedBy()).isEqualTo(CARLA);
        assertThat(decision.changeReason()).isNull();
    }

    private String untilInstrumentChoice() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        steps.assessSignal(CARLA, caseNumber, true, null);
        steps.holdConversation(CARLA, caseNumber, true);
        steps.profile(CARLA, caseNumber, Posture.CAPITULATION);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ChooseInstruments");
        return caseNumber;
    }

    private CaseFile file(String caseNumber) {
        return caseFiles.caseFile(caseNumber, List.of(ORGANISATION));
    }
}
