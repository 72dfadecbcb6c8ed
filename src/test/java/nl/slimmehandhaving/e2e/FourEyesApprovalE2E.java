package nl.slimmehandhaving.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.profiling.Posture;
import nl.slimmehandhaving.security.HttpProbe;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four eyes on "Besluit goedkeuren" in the real Tasklist: daan (senior of Groningen) prepared the fine himself,
 * so his claim is refused on screen and the task stays open; carla (caseworker, not senior) does not see the task
 * at all; gijs, a second senior of Groningen, claims it, approves it in the Camunda Form and the decision letter
 * goes out.
 */
class FourEyesApprovalE2E extends BrowserTest {

    private static final String ORGANISATION = "gemeente-groningen";
    private static final String PREPARER = "daan";
    /** The demo data has one senior per organisation; the second one exists only in tests. */
    private static final String SECOND_SENIOR = "gijs";

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    IdentityService identityService;

    @Test
    void thePreparerIsRefusedAndAnotherSeniorApproves() {
        ensureSecondSenior();
        String caseNumber = preparedFine(PREPARER);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ApproveDecision");

        Tasklist tasklist = tasklist().logIn(PREPARER, "demo").openFilter("Taken van mijn team")
                .openTask(caseNumber, "Besluit goedkeuren")
                .attemptClaim();
        assertThat(tasklist.errorNotification()).contains("Vier ogen");
        screenshot("preparer-refused");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ApproveDecision");
        assertThat(caseworker.task(caseNumber, "Task_ApproveDecision").getAssignee()).isNull();
        assertThat(sanctionOf(caseNumber).path("approvedBy").isNull()).isTrue();

        String newSignal = steps.register(TestSignals.signal(ORGANISATION));
        tasklist.logOut()
                .logIn("carla", "demo").openFilter("Taken van mijn team")
                .openTask(newSignal, "Signaal beoordelen");
        assertThat(tasklist.tasksOfCase(caseNumber)).as("approval is for senior caseworkers only").isEmpty();
        screenshot("caseworker-sees-no-approval");

        tasklist.logOut()
                .logIn(SECOND_SENIOR, "demo").openFilter("Taken van mijn team")
                .openTask(caseNumber, "Besluit goedkeuren")
                .claim()
                .check("Field_decisionApproved")
                .complete()
                .waitUntilTaskGone(caseNumber);
        caseworker.runJobs(caseNumber);

        JsonNode sanction = sanctionOf(caseNumber);
        assertThat(sanction.path("preparedBy").asText()).isEqualTo(PREPARER);
        assertThat(sanction.path("approvedBy").asText()).isEqualTo(SECOND_SENIOR);
        assertThat(sanction.path("status").asText()).isEqualTo("AWAITING_OBJECTION");
        HttpProbe.Response letters = new HttpProbe(port).get("/api/cases/" + caseNumber + "/letters", PREPARER);
        assertThat(letters.status()).as(letters.toString()).isEqualTo(200);
        assertThat(letters.json().findValuesAsText("kind")).contains("DECISION");
    }

    /** A fine prepared and weighed by {@code preparer} alone, waiting for a senior's approval. */
    private String preparedFine(String preparer) {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        steps.assessSignal(preparer, caseNumber, true, null);
        steps.holdConversation(preparer, caseNumber, true);
        steps.profile(preparer, caseNumber, Posture.COMMITMENT);
        steps.chooseInstruments(preparer, caseNumber, List.of("SANCTION_PROCEDURE"),
                "Alleen de sanctieprocedure voor deze test.");
        steps.establishFacts(preparer, caseNumber, 1200, "ORDINARY", false);
        steps.acceptProposedSanction(preparer, caseNumber);
        steps.callAboutIntent(preparer, caseNumber);
        caseworker.fireTimer(caseNumber, "Timer_ViewPeriod");
        steps.weighView(preparer, caseNumber);
        return caseNumber;
    }

    private JsonNode sanctionOf(String caseNumber) {
        HttpProbe.Response file = new HttpProbe(port).get("/api/cases/" + caseNumber, PREPARER);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        JsonNode sanctions = file.json().path("sanctions");
        assertThat(sanctions.size()).isEqualTo(1);
        return sanctions.get(0);
    }

    private void ensureSecondSenior() {
        if (identityService.createUserQuery().userId(SECOND_SENIOR).count() == 0) {
            User user = identityService.newUser(SECOND_SENIOR);
            user.setFirstName("Gijs");
            user.setLastName("Test");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(SECOND_SENIOR, ORGANISATION + "-handhavers");
            identityService.createMembership(SECOND_SENIOR, ORGANISATION + "-senior-handhavers");
        }
    }
}
