package nl.slimmehandhaving.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.security.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** SanctionDecision on its own through Camunda's standard REST API, with exactly its five inputs. */
class SanctionDecisionRestTest extends PostgresIntegrationTest {

    private static final String EVALUATE = "/engine-rest/decision-definition/key/SanctionDecision/evaluate";

    @LocalServerPort
    int port;

    @Test
    void anAuthorisedCaseworkerEvaluatesARepeatOffenceFine() {
        HttpProbe.Response response = new HttpProbe(port).postJson(EVALUATE, "carla", body(1234.56, "ORDINARY", true, false, false));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).hasSize(1);
        JsonNode result = response.json().get(0);
        assertThat(result.path("sanction").path("value").asText()).isEqualTo("FINE");
        assertThat(result.path("finePercentage").path("value").asInt()).isEqualTo(50);
        // 1234.56 x 1.5 = 1851.84; 50% = 925.92; rounded up to a multiple of 10
        assertThat(result.path("fineAmount").path("value").asDouble()).isEqualTo(930.0);
        assertThat(result.path("explanation").path("value").asText()).isNotBlank();
    }

    @Test
    void theCriminalReferralBoundaryHoldsThroughRest() {
        HttpProbe http = new HttpProbe(port);
        JsonNode below = http.postJson(EVALUATE, "anna", body(49999.99, "INTENT", false, false, false)).json().get(0);
        JsonNode at = http.postJson(EVALUATE, "anna", body(50000, "INTENT", false, false, false)).json().get(0);

        assertThat(below.path("sanction").path("value").asText()).isEqualTo("FINE");
        assertThat(at.path("sanction").path("value").asText()).isEqualTo("CRIMINAL_REFERRAL");
        assertThat(at.path("fineAmount").path("value").asDouble()).isZero();
    }

    @Test
    void anAuditorMayReadButNotEvaluate() {
        HttpProbe.Response response = new HttpProbe(port).postJson(EVALUATE, "ruben", body(100, "ORDINARY", false, false, false));

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
    }

    private static String body(double overpayment, String culpability, boolean repeat, boolean selfReported,
                               boolean warning) {
        return """
                {"variables": {
                  "overpaymentAmount": {"value": %s, "type": "Double"},
                  "culpability": {"value": "%s", "type": "String"},
                  "repeatOffence": {"value": %s, "type": "Boolean"},
                  "selfReported": {"value": %s, "type": "Boolean"},
                  "warningWithinTwoYears": {"value": %s, "type": "Boolean"}
                }}""".formatted(overpayment, culpability, repeat, selfReported, warning);
    }
}
