package nl.slimmehandhaving.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.casefile.CaseFile;
import nl.slimmehandhaving.casefile.CaseFileService;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.profiling.Posture;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of EnforcementCaseProcess, driven as caseworkers would, on PostgreSQL. */
class EnforcementCaseProcessTest extends PostgresIntegrationTest {

    private static final String ORGANISATION = "gemeente-groningen";
    private static final String CARLA = "carla";

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void signalNotSubstantiatedClosesTheCaseWithTheReason() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_AssessSignal");
        assertThat(file(caseNumber).summary().stage()).isEqualTo("INTAKE");
        assertThat(file(caseNumber).summary().priority()).isNotNull();

        steps.assessSignal(CARLA, caseNumber, false, "Inkomsten waren al gemeld via het wijzigingsformulier.");

        CaseFile file = file(caseNumber);
        assertThat(file.summary().status()).isEqualTo("CLOSED");
        assertThat(file.outcome().outcome()).isEqualTo("NOT_SUBSTANTIATED");
        assertThat(file.signals().get(0).assessmentReason()).contains("wijzigingsformulier");
        assertThat(file.signals().get(0).assessedBy()).isEqualTo(CARLA);
        assertThat(endedAt(caseNumber)).isEqualTo("End_NotSubstantiated");
    }

    @Test
    void settingASignalAsideWithoutAReasonIsRefused() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));

        assertThatThrownBy(() -> steps.assessSignal(CARLA, caseNumber, false, " "))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("reden");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_AssessSignal");
        assertThat(file(caseNumber).summary().status()).isEqualTo("OPEN");
    }

    @Test
    void compliantAfterTheFirstRoundClosesWithoutViolation() {
        String caseNumber = steps.untilComplianceCheck(TestSignals.signal(ORGANISATION), CARLA, Posture.COMMITMENT, false);
        assertThat(file(caseNumber).summary().stage()).isEqualTo("MONITORING");

        steps.checkCompliance(CARLA, caseNumber, true, false);

        CaseFile file = file(caseNumber);
        assertThat(file.summary().status()).isEqualTo("CLOSED");
        assertThat(file.outcome().outcome()).isEqualTo("NO_VIOLATION");
        assertThat(file.outcome().finalPosture()).isEqualTo("COMMITMENT");
        assertThat(file.outcome().instrumentsUsed()).isNotBlank();
        assertThat(file.instrumentExecutions()).isNotEmpty();
        assertThat(endedAt(caseNumber)).isEqualTo("End_CaseClosed");
    }

    @Test
    void establishedViolationAlwaysBringsSanctionProcedureAndRecoveryAndClosesAsCompliant() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        steps.assessSignal(CARLA, caseNumber, true, null);
        steps.holdConversation(CARLA, caseNumber, true);
        steps.profile(CARLA, caseNumber, Posture.COMMITMENT);

        assertThat(file(caseNumber).instrumentDecisions().get(0).proposed())
                .contains("SANCTION_PROCEDURE", "RECOVERY_ORDER");
        steps.acceptProposedInstruments(CARLA, caseNumber);
        assertThat(caseworker.openTaskKeys(caseNumber)).contains("Task_HandleSanction", "Task_PrepareRecovery");
        steps.carryOutInstruments(CARLA, caseNumber);
        steps.monitoringDue(caseNumber);
        steps.checkCompliance(CARLA, caseNumber, true, false);

        CaseFile file = file(caseNumber);
        assertThat(file.outcome().outcome()).isEqualTo("COMPLIANT");
        assertThat(file.outcome().instrumentsUsed()).contains("SANCTION_PROCEDURE", "RECOVERY_ORDER");
    }

    @Test
    void nonComplianceEscalatesAndReprofilesThenDeEscalatesOnCompliance() {
        String caseNumber = steps.untilComplianceCheck(TestSignals.signal(ORGANISATION), CARLA, Posture.COMMITMENT, false);

        steps.checkCompliance(CARLA, caseNumber, false, false);

        assertThat(file(caseNumber).summary().pyramidLevel()).isEqualTo(2);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
        steps.profile(CARLA, caseNumber, Posture.RESISTANCE);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ChooseInstruments");
        steps.chooseInstruments(CARLA, caseNumber, List.of("NORM_CONVERSATION", "INTENSIFIED_MONITORING"),
                "Klant wil eerst zelf een gesprek; verscherpt toezicht volgt uit het niet nakomen.");
        steps.carryOutInstruments(CARLA, caseNumber);
        steps.monitoringDue(caseNumber);
        steps.checkCompliance(CARLA, caseNumber, true, false);

        CaseFile file = file(caseNumber);
        assertThat(file.summary().status()).isEqualTo("CLOSED");
        assertThat(file.outcome().finalPyramidLevel()).isEqualTo(1);
        assertThat(file.outcome().finalPosture()).isEqualTo("RESISTANCE");
        assertThat(file.postureAssessments()).extracting(CaseFile.AssessmentView::confirmedPosture)
                .containsExactly("COMMITMENT", "RESISTANCE");
        assertThat(file.instrumentDecisions()).hasSize(2);
        assertThat(file.instrumentDecisions().get(1).pyramidLevel()).isEqualTo(2);
        assertThat(file.instrumentDecisions().get(1).changeReason()).contains("gesprek");
        assertThat(file.intensifiedMonitoring()).isTrue();
        assertThat(file.complianceChecks()).extracting(CaseFile.ComplianceView::compliant).containsExactly(false, true);
    }

    @Test
    void escalationAlwaysReprofilesAndTheNewPostureShapesTheNextInstrumentChoice() {
        String caseNumber = steps.untilComplianceCheck(TestSignals.signal(ORGANISATION), CARLA, Posture.CAPITULATION, false);

        steps.checkCompliance(CARLA, caseNumber, false, false);

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
        assertThat(file(caseNumber).summary().stage()).isEqualTo("PROFILING");
        steps.profile(CARLA, caseNumber, Posture.DISENGAGEMENT);

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ChooseInstruments");
        CaseFile file = file(caseNumber);
        assertThat(file.instrumentDecisions().get(1).pyramidLevel()).isEqualTo(2);
        assertThat(file.instrumentDecisions().get(1).posture()).isEqualTo("DISENGAGEMENT");
        assertThat(file.postureHistory()).extracting(CaseFile.PostureHistoryEntry::confirmedPosture)
                .containsExactly("CAPITULATION", "DISENGAGEMENT");
    }

    @Test
    void atTheCaseworkersRequestACompliantClientIsReprofiledBeforeTheCaseCloses() {
        String caseNumber = steps.untilComplianceCheck(TestSignals.signal(ORGANISATION), CARLA, Posture.RESISTANCE, false);

        steps.checkCompliance(CARLA, caseNumber, true, true);

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
        assertThat(file(caseNumber).summary().status()).isNotEqualTo("CLOSED");
        steps.profile(CARLA, caseNumber, Posture.COMMITMENT);

        CaseFile file = file(caseNumber);
        assertThat(file.summary().status()).isEqualTo("CLOSED");
        assertThat(file.outcome().outcome()).isEqualTo("NO_VIOLATION");
        assertThat(file.outcome().finalPosture()).isEqualTo("COMMITMENT");
        assertThat(file.postureAssessments()).extracting(CaseFile.AssessmentView::confirmedPosture)
                .containsExactly("RESISTANCE", "COMMITMENT");
        assertThat(file.instrumentDecisions()).hasSize(1);
        assertThat(endedAt(caseNumber)).isEqualTo("End_CaseClosed");
    }

    @Test
    void stillNotCompliantAtTheTopOfThePyramidClosesAsNotCompliant() {
        String caseNumber = steps.untilComplianceCheck(TestSignals.signal(ORGANISATION), CARLA, Posture.GAME_PLAYING, true);
        for (int level = 2; level <= PyramidLevel.HIGHEST; level++) {
            steps.checkCompliance(CARLA, caseNumber, false, false);
            assertThat(file(caseNumber).summary().pyramidLevel()).isEqualTo(level);
            steps.profile(CARLA, caseNumber, Posture.GAME_PLAYING);
            steps.acceptProposedInstruments(CARLA, caseNumber);
            steps.carryOutInstruments(CARLA, caseNumber);
            steps.monitoringDue(caseNumber);
        }

        steps.checkCompliance(CARLA, caseNumber, false, false);

        CaseFile file = file(caseNumber);
        assertThat(file.outcome().outcome()).isEqualTo("NOT_COMPLIANT");
        assertThat(file.outcome().finalPyramidLevel()).isEqualTo(6);
        assertThat(endedAt(caseNumber)).isEqualTo("End_NotCompliant");
    }

    private CaseFile file(String caseNumber) {
        return caseFiles.caseFile(caseNumber, List.of(ORGANISATION));
    }

    private String endedAt(String caseNumber) {
        String instanceId = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(EnforcementCaseVariables.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityType("noneEndEvent").singleResult().getActivityId();
    }
}
