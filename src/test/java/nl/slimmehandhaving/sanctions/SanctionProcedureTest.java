package nl.slimmehandhaving.sanctions;

import static nl.slimmehandhaving.sanctions.SanctionCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.casefile.CaseFile;
import nl.slimmehandhaving.casefile.CaseFileService;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.profiling.Posture;
import nl.slimmehandhaving.security.HttpProbe;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every branch of SanctionProcedure, driven as caseworkers and the client's messages would, on PostgreSQL. */
class SanctionProcedureTest extends PostgresIntegrationTest {

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @LocalServerPort
    int port;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        ensureSecondSenior(identityService);
        http = new HttpProbe(port);
    }

    @Test
    void fineWithViewByMessageFourEyesAndNoObjectionBecomesFinal() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_EstablishFacts");

        steps.establishFacts(CARLA, caseNumber, 1234.56, "ORDINARY", false);
        Task confirm = caseworker.task(caseNumber, "Task_ConfirmSanction");
        assertThat(taskService.getVariable(confirm.getId(), "repeatOffence")).isEqualTo(false);
        assertThat(taskService.getVariable(confirm.getId(), "sanction")).isEqualTo("FINE");
        assertThat(taskService.getVariable(confirm.getId(), "fineAmount")).isEqualTo(620.0);

        steps.acceptProposedSanction(CARLA, caseNumber);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_CallAboutIntent");
        assertThat(sanction(caseNumber).status()).isEqualTo("AWAITING_VIEW");
        assertThat(letterKinds(caseNumber)).doesNotContain("NOTICE_OF_INTENT");

        steps.callAboutIntent(CARLA, caseNumber);
        assertThat(letterKinds(caseNumber)).contains("INVITATION", "NOTICE_OF_INTENT");
        HttpProbe.Response response = http.postJson("/api/cases/" + caseNumber + "/view", CARLA,
                "{\"text\": \"Ik had twee banen en dacht dat de werkgever het doorgaf.\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_WeighView");
        assertThat(sanction(caseNumber).clientView()).contains("twee banen");

        steps.weighView(CARLA, caseNumber);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ApproveDecision");
        steps.approveDecision(DAAN, caseNumber, true, null);
        assertThat(letterKinds(caseNumber)).contains("DECISION");
        assertThat(sanction(caseNumber).status()).isEqualTo("AWAITING_OBJECTION");

        caseworker.fireTimer(caseNumber, "Timer_ObjectionPeriod");

        CaseFile.SanctionView sanction = sanction(caseNumber);
        assertThat(sanction.status()).isEqualTo("FINAL");
        assertThat(sanction.finalAt()).isNotNull();
        assertThat(sanction.approvedBy()).isEqualTo(DAAN);
        assertThat(sanction.preparedBy()).isEqualTo(CARLA);
        assertThat(sanction.fineAmount()).isEqualByComparingTo("620");
        assertThat(sanction.recoveryAmount()).isEqualByComparingTo("1234.56");
        assertThat(sanctionEndedAt(caseNumber)).isEqualTo("End_DecisionFinal");
        assertThat(file(caseNumber).instrumentExecutions()).filteredOn(e -> e.instrument().equals("SANCTION_PROCEDURE"))
                .singleElement().satisfies(e -> assertThat(e.notes()).contains("boete", "terugvordering", "FINAL"));
    }

    @Test
    void warningWithViewPeriodEndingByTimerSendsAWarningLetter() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(CARLA, caseNumber, 120, "ORDINARY", false);
        steps.acceptProposedSanction(CARLA, caseNumber);
        steps.callAboutIntent(CARLA, caseNumber);

        caseworker.fireTimer(caseNumber, "Timer_ViewPeriod");

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_WeighView");
        assertThat(sanction(caseNumber).status()).isEqualTo("WEIGHING_VIEW");
        assertThat(sanction(caseNumber).clientView()).isNull();
        steps.weighView(CARLA, caseNumber);
        steps.approveDecision(DAAN, caseNumber, true, null);
        assertThat(sanction(caseNumber).sanction()).isEqualTo("WARNING");
        assertThat(letterKinds(caseNumber)).contains("WARNING").doesNotContain("DECISION");
    }

    @Test
    void fourEyesRefusesThePreparerAndAcceptsAnotherSenior() {
        String caseNumber = untilFacts(steps, DAAN, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(DAAN, caseNumber, 1200, "ORDINARY", false);
        steps.acceptProposedSanction(DAAN, caseNumber);
        steps.callAboutIntent(DAAN, caseNumber);
        caseworker.fireTimer(caseNumber, "Timer_ViewPeriod");
        steps.weighView(DAAN, caseNumber);
        Task approval = caseworker.task(caseNumber, "Task_ApproveDecision");

        assertThatThrownBy(() -> steps.approveDecision(DAAN, caseNumber, true, null))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Vier ogen");
        assertThatThrownBy(() -> caseworker.as(DAAN, () -> taskService.complete(approval.getId(),
                Map.of("decisionApproved", true))))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Vier ogen");
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();
        assertThat(sanction(caseNumber).approvedBy()).isNull();

        steps.approveDecision(GIJS, caseNumber, true, null);

        assertThat(sanction(caseNumber).approvedBy()).isEqualTo(GIJS);
        assertThat(sanction(caseNumber).status()).isEqualTo("AWAITING_OBJECTION");
    }

    @Test
    void rejectionNeedsAReasonAndSendsTheDecisionBack() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(CARLA, caseNumber, 1200, "ORDINARY", false);
        steps.acceptProposedSanction(CARLA, caseNumber);
        steps.callAboutIntent(CARLA, caseNumber);
        caseworker.fireTimer(caseNumber, "Timer_ViewPeriod");
        steps.weighView(CARLA, caseNumber);

        assertThatThrownBy(() -> steps.approveDecision(DAAN, caseNumber, false, " "))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("waarom");
        steps.approveDecision(DAAN, caseNumber, false, "Verminderde draagkracht is niet meegewogen.");

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ConfirmSanction");
        Task confirm = caseworker.task(caseNumber, "Task_ConfirmSanction");
        assertThat(taskService.getVariable(confirm.getId(), "rejectionReason")).asString().contains("draagkracht");
        assertThat(sanction(caseNumber).rejectionReason()).contains("draagkracht");

        steps.decideSanction(CARLA, caseNumber, "FINE", 300, "Beperkte draagkracht: boete gehalveerd.");
        assertThat(sanction(caseNumber).fineAmount()).isEqualByComparingTo("300");
        assertThat(sanction(caseNumber).deviationReason()).contains("draagkracht");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_CallAboutIntent");
    }

    @Test
    void deviatingFromTheProposalWithoutAReasonIsRefused() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(CARLA, caseNumber, 1200, "ORDINARY", false);

        assertThatThrownBy(() -> steps.decideSanction(CARLA, caseNumber, "WARNING", 0, ""))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("waarom");
        assertThatThrownBy(() -> steps.decideSanction(CARLA, caseNumber, "FINE", 500, null))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("waarom");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ConfirmSanction");
    }

    @Test
    void missingCulpabilityReasoningIsRefused() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);

        assertThatThrownBy(() -> caseworker.claimAndComplete(CARLA, caseNumber, "Task_EstablishFacts", Map.of(
                "overpaymentAmount", 100, "culpability", "ORDINARY", "culpabilityReasoning", "",
                "selfReported", false, "urgentReasons", false, "limitedMeansToPay", false)))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_EstablishFacts");
        assertThat(file(caseNumber).sanctions()).isEmpty();
    }

    @Test
    void repeatOffenceIsDerivedFromTheClientsEarlierFinalFine() {
        String bsn = TestSignals.newBsn();
        String first = untilFacts(steps, CARLA, signalFor(bsn), Posture.COMMITMENT);
        steps.walkSanctionProcedure(CARLA, first);
        assertThat(sanction(first).status()).isEqualTo("FINAL");

        String second = untilFacts(steps, CARLA, signalFor(bsn), Posture.COMMITMENT);
        caseworker.claimAndComplete(CARLA, second, "Task_EstablishFacts", Map.of(
                "overpaymentAmount", 1200, "culpability", "ORDINARY", "culpabilityReasoning", "Opnieuw niet gemeld.",
                "selfReported", false, "urgentReasons", false, "limitedMeansToPay", false,
                "repeatOffence", false));

        CaseFile.SanctionView sanction = sanction(second);
        assertThat(sanction.repeatOffence()).isTrue();
        assertThat(sanction.proposedSanction()).isEqualTo("FINE");
        assertThat(sanction.proposedFineAmount()).isEqualByComparingTo("900");

        String otherClient = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(CARLA, otherClient, 1200, "ORDINARY", false);
        assertThat(sanction(otherClient).repeatOffence()).isFalse();
        assertThat(sanction(otherClient).proposedFineAmount()).isEqualByComparingTo("600");
    }

    @Test
    void objectionStartsAPhoneCallAndItsHandlingAndARejectedObjectionMakesTheDecisionFinal() {
        String caseNumber = untilDecisionSent(CARLA);

        HttpProbe.Response response = http.postJson("/api/cases/" + caseNumber + "/objection", CARLA,
                "{\"text\": \"Ik ben het niet eens met de hoogte van de boete.\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_CallAboutObjection");
        caseworker.claimAndComplete(CARLA, caseNumber, "Task_CallAboutObjection",
                Map.of("callSummary", "Klant gebeld over het bezwaar; boete uitgelegd."));
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_HandleObjection");
        caseworker.claimAndComplete(DAAN, caseNumber, "Task_HandleObjection",
                Map.of("objectionUpheld", false, "objectionReasoning", "De boete volgt de regels; geen nieuwe feiten."));

        CaseFile.SanctionView sanction = sanction(caseNumber);
        assertThat(sanction.objection()).contains("hoogte");
        assertThat(sanction.objectionUpheld()).isFalse();
        assertThat(sanction.status()).isEqualTo("FINAL");
        assertThat(sanction.callSummary()).contains("Voornemen:", "Bezwaar:");
        assertThat(sanctionEndedAt(caseNumber)).isEqualTo("End_ObjectionDecided");
    }

    @Test
    void upheldObjectionRevokesTheDecisionSoItNeverCountsAsRepeatOffence() {
        String caseNumber = untilDecisionSent(CARLA);
        http.postJson("/api/cases/" + caseNumber + "/objection", CARLA, "{\"text\": \"Ik had het wel gemeld.\"}");
        caseworker.claimAndComplete(CARLA, caseNumber, "Task_CallAboutObjection", Map.of("callSummary", "Gebeld."));
        caseworker.claimAndComplete(DAAN, caseNumber, "Task_HandleObjection",
                Map.of("objectionUpheld", true, "objectionReasoning", "Melding alsnog gevonden in de post."));

        assertThat(sanction(caseNumber).status()).isEqualTo("REVOKED");
        assertThat(sanction(caseNumber).finalAt()).isNull();
    }

    @Test
    void viewAndObjectionAreRefusedWhenTheCaseIsNotWaitingOrNotVisible() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        String view = "{\"text\": \"Mijn mening\"}";

        HttpProbe.Response early = http.postJson("/api/cases/" + caseNumber + "/view", CARLA, view);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.header("Content-Type")).contains("application/problem+json");
        assertThat(http.postJson("/api/cases/" + caseNumber + "/objection", CARLA, view).status()).isEqualTo(409);
        assertThat(http.postJson("/api/cases/" + caseNumber + "/view", "eva", view).status()).isEqualTo(404);
        assertThat(http.postJson("/api/cases/HH-2026-999999/view", CARLA, view).status()).isEqualTo(404);
        assertThat(http.postJson("/api/cases/" + caseNumber + "/view", CARLA, "{\"text\": \" \"}").status())
                .isEqualTo(400);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_EstablishFacts");
    }

    @Test
    void criminalReferralPreparesTheFileForTheProsecutorInsteadOfTheAdministrativeSteps() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(CARLA, caseNumber, 50000, "ORDINARY", false);
        steps.acceptProposedSanction(CARLA, caseNumber);

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_PrepareProsecutionFile");
        caseworker.claimAndComplete(CARLA, caseNumber, "Task_PrepareProsecutionFile",
                Map.of("prosecutionFileNotes", "Polisgegevens, gespreksverslag en berekening benadeling."));

        CaseFile.SanctionView sanction = sanction(caseNumber);
        assertThat(sanction.status()).isEqualTo("REFERRED");
        assertThat(sanction.recoveryAmount()).isEqualByComparingTo("50000");
        assertThat(letterKinds(caseNumber)).doesNotContain("NOTICE_OF_INTENT", "DECISION");
        assertThat(sanctionEndedAt(caseNumber)).isEqualTo("End_Referred");
    }

    @Test
    void noCulpabilityAndNoOverpaymentEndsWithoutANegativeDecision() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(CARLA, caseNumber, 0, "NONE", false);
        steps.acceptProposedSanction(CARLA, caseNumber);

        assertThat(sanction(caseNumber).status()).isEqualTo("NO_SANCTION");
        assertThat(sanction(caseNumber).recoveryAmount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(sanctionEndedAt(caseNumber)).isEqualTo("End_NoSanction");
    }

    @Test
    void noCulpabilityWithOverpaymentStillHearsTheClientAboutRecovery() {
        String caseNumber = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(CARLA, caseNumber, 800, "NONE", false);
        steps.acceptProposedSanction(CARLA, caseNumber);

        assertThat(sanction(caseNumber).sanction()).isEqualTo("NO_SANCTION");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_CallAboutIntent");
    }

    @Test
    void postureNeverChangesTheSanctionOutcome() {
        String committed = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        String resisting = untilFacts(steps, CARLA, TestSignals.signal(ORGANISATION), Posture.GAME_PLAYING);
        for (String caseNumber : List.of(committed, resisting)) {
            steps.establishFacts(CARLA, caseNumber, 2345.67, "GROSS_NEGLIGENCE", false);
        }

        CaseFile.SanctionView a = sanction(committed);
        CaseFile.SanctionView b = sanction(resisting);
        assertThat(file(committed).summary().posture()).isNotEqualTo(file(resisting).summary().posture());
        assertThat(b.proposedSanction()).isEqualTo(a.proposedSanction()).isEqualTo("FINE");
        assertThat(b.proposedFineAmount()).isEqualByComparingTo(a.proposedFineAmount());
        assertThat(b.proposalExplanation()).isEqualTo(a.proposalExplanation());
    }

    private String untilDecisionSent(String user) {
        String caseNumber = untilFacts(steps, user, TestSignals.signal(ORGANISATION), Posture.COMMITMENT);
        steps.establishFacts(user, caseNumber, 1200, "ORDINARY", false);
        steps.acceptProposedSanction(user, caseNumber);
        steps.callAboutIntent(user, caseNumber);
        caseworker.fireTimer(caseNumber, "Timer_ViewPeriod");
        steps.weighView(user, caseNumber);
        steps.approveDecision(DAAN, caseNumber, true, null);
        return caseNumber;
    }

    private CaseFile file(String caseNumber) {
        return caseFiles.caseFile(caseNumber, List.of(ORGANISATION));
    }

    private CaseFile.SanctionView sanction(String caseNumber) {
        List<CaseFile.SanctionView> sanctions = file(caseNumber).sanctions();
        assertThat(sanctions).isNotEmpty();
        return sanctions.get(sanctions.size() - 1);
    }

    private List<String> letterKinds(String caseNumber) {
        HttpProbe.Response response = http.get("/api/cases/" + caseNumber + "/letters", CARLA);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().findValuesAsText("kind");
    }

    private String sanctionEndedAt(String caseNumber) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("SanctionProcedure")
                .processInstanceBusinessKey(caseNumber).finished().list().stream()
                .map(p -> p.getEndActivityId()).findFirst().orElse(null);
    }
}
