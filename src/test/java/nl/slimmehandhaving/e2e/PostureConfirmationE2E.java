package nl.slimmehandhaving.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.profiling.Posture;
import nl.slimmehandhaving.security.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Posture confirmation in the real Tasklist: the proposal (Weerstand, from the questionnaire) is overridden;
 * without a reason the refusal is shown and the task stays, with a reason the case moves on.
 */
class PostureConfirmationE2E extends BrowserTest {

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;

    @Test
    void overridingTheProposalNeedsAReasonInTheForm() {
        String caseNumber = steps.register(TestSignals.signal("gemeente-groningen"));
        steps.assessSignal("carla", caseNumber, true, null);
        steps.holdConversation("carla", caseNumber, false);
        steps.answerQuestionnaireFavouring("carla", caseNumber, Posture.RESISTANCE);

        Tasklist tasklist = tasklist().logIn("carla", "demo").openFilter("Taken van mijn team")
                .openTask(caseNumber, "Houding vaststellen")
                .claim()
                .select("Field_posture", "Verbondenheid")
                .complete();
        assertThat(tasklist.errorNotification()).contains("schrijf op waarom");
        screenshot("refused-without-reason");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ConfirmPosture");

        tasklist.type("Field_postureOverrideReason",
                        "In het gesprek gaf de klant zelf aan de regels te willen volgen; de weerstand gold de brief.")
                .complete()
                .waitUntilTaskGone(caseNumber);
        caseworker.runJobs(caseNumber);

        JsonNode file = new HttpProbe(port).get("/api/cases/" + caseNumber, "carla").json();
        assertThat(file.path("summary").path("posture").asText()).isEqualTo("COMMITMENT");
        JsonNode assessment = file.path("postureAssessments").get(0);
        assertThat(assessment.path("confirmedPosture").asText()).isEqualTo("COMMITMENT");
        assertThat(assessment.path("overrideReason").asText()).contains("regels te willen volgen");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ChooseInstruments");
    }
}
