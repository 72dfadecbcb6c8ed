package nl.slimmehandhaving.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.profiling.Posture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What Tasklist gets from engine REST when a caseworker submits a form the listeners refuse. */
class TasklistValidationTest extends PostgresIntegrationTest {

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    TestRestTemplate rest;

    @Test
    void overridingThePostureWithoutAReasonGets400WithTheReasonToGiveAndLeavesTheTaskOpen() {
        String caseNumber = steps.register(TestSignals.signal("gemeente-groningen"));
        steps.assessSignal("carla", caseNumber, true, null);
        steps.holdConversation("carla", caseNumber, false);
        steps.answerQuestionnaireFavouring("carla", caseNumber, Posture.RESISTANCE);
        String taskId = caseworker.task(caseNumber, "Task_ConfirmPosture").getId();
        TestRestTemplate carla = rest.withBasicAuth("carla", "demo");
        assertThat(carla.postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "carla"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> refused = carla.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(form("COMMITMENT", "")), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("schrijf op waarom");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ConfirmPosture");

        ResponseEntity<String> accepted = carla.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(form("COMMITMENT", "Weerstand gold de vorige uitkeringsinstantie, niet de regels.")),
                String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static Map<String, Object> form(String posture, String reason) {
        return Map.of("variables", Map.of(
                "posture", Map.of("value", posture, "type", "String"),
                "postureOverrideReason", Map.of("value", reason, "type", "String")));
    }
}
