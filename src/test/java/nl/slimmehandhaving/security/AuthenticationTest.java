package nl.slimmehandhaving.security;

import nl.slimmehandhaving.PostgresIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

class AuthenticationTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    HttpProbe http;

    /** Own user for failed logins, so the demo users never get locked by these tests. */
    String probeUser;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
        probeUser = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(probeUser);
        user.setFirstName("Probe");
        user.setLastName("User");
        user.setPassword("correct-horse");
        identityService.saveUser(user);
        identityService.createMembership(probeUser, "uwv-handhavers");
    }

    @AfterEach
    void tearDown() {
        identityService.deleteUser(probeUser);
    }

    @Test
    void anonymousApiCallGets401ProblemJsonAndNoLoginRedirect() {
        HttpProbe.Response response = http.get("/api/cases");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("title").asText()).isEqualTo("Niet ingelogd / Not authenticated");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Location")).isNull();
    }

    @Test
    void anonymousAuditPagesAndApiDocsGet401() {
        assertThat(http.get("/audit/cases").status()).isEqualTo(401);
        assertThat(http.get("/api/docs").status()).isEqualTo(401);
        assertThat(http.get("/api/openapi").status()).isEqualTo(401);
        assertThat(http.get("/some/unknown/page").status()).isEqualTo(401);
    }

    @Test
    void anonymousEngineRestCallGets401() {
        assertThat(http.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/history/process-instance").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordGets401OnApiAndEngineRest() {
        HttpProbe.Response api = http.get(WhoAmITestController.PATH, probeUser, "wrong");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");

        identityService.unlockUser(probeUser);
        assertThat(http.get("/engine-rest/task", probeUser, "wrong").status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", "nobody-" + probeUser, "demo").status()).isEqualTo(401);
    }

    @Test
    void caseworkerCanUseEngineRest() {
        assertThat(http.get("/engine-rest/task", "anna").status()).isEqualTo(200);
    }

    @Test
    void healthIsPublic() {
        HttpProbe.Response health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void camundaWebappLoginPageStaysReachableWithItsOwnContentSecurityPolicy() {
        HttpProbe.Response tasklist = http.get("/camunda/app/tasklist/default/");

        assertThat(tasklist.status()).isEqualTo(200);
        // Camunda's own policy (with nonce), not the strict API policy of this application
        assertThat(tasklist.header("Content-Security-Policy")).contains("nonce-").doesNotContain("default-src 'none'");
        assertThat(tasklist.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(tasklist.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void apiSetsCurrentUserAndEngineAuthenticationDuringTheRequest() {
        HttpProbe.Response response = http.get(WhoAmITestController.PATH, "carla");

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.path("userId").asText()).isEqualTo("carla");
        assertThat(json.path("tenantIds").toString()).isEqualTo("[\"gemeente-groningen\"]");
        assertThat(json.path("groupIds").toString()).contains("gemeente-groningen-handhavers");
        assertThat(json.path("belongsToGroningen").asBoolean()).isTrue();
        assertThat(json.path("belongsToUtrecht").asBoolean()).isFalse();
        assertThat(json.path("auditor").asBoolean()).isFalse();
        assertThat(json.path("engineUserId").asText()).isEqualTo("carla");
        assertThat(json.path("engineTenantIds").toString()).isEqualTo("[\"gemeente-groningen\"]");
    }

    @Test
    void auditorBelongsToAllOrganisations() {
        var json = http.get(WhoAmITestController.PATH, "ruben").json();

        assertThat(json.path("auditor").asBoolean()).isTrue();
        assertThat(json.path("tenantIds").toString())
                .isEqualTo("[\"gemeente-groningen\",\"gemeente-utrecht\",\"uwv\"]");
    }

    @Test
    void securityHeadersOnApiAndEngineRest() {
        HttpProbe.Response api = http.get(WhoAmITestController.PATH, "anna");
        assertThat(api.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(api.header("Referrer-Policy")).isEqualTo("no-referrer");

        HttpProbe.Response unauthenticated = http.get("/api/cases");
        assertThat(unauthenticated.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");

        HttpProbe.Response engine = http.get("/engine-rest/task", "anna");
        assertThat(engine.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(engine.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(engine.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void failedLoginLocksTheUserForAWhileAlsoForCorrectPasswords() {
        assertThat(http.get(WhoAmITestController.PATH, probeUser, "correct-horse").status()).isEqualTo(200);

        assertThat(http.get(WhoAmITestController.PATH, probeUser, "wrong").status()).isEqualTo(401);
        // Camunda's login throttling (loginDelayFactor): locked right after a failure, even with the right password
        assertThat(http.get(WhoAmITestController.PATH, probeUser, "correct-horse").status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", probeUser, "correct-horse").status()).isEqualTo(401);

        identityService.unlockUser(probeUser);
        assertThat(http.get(WhoAmITestController.PATH, probeUser, "correct-horse").status()).isEqualTo(200);
        assertThat(http.get("/engine-rest/task", probeUser, "correct-horse").status()).isEqualTo(200);
    }
}
