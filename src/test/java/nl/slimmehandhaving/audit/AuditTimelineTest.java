package nl.slimmehandhaving.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.security.HttpProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The timeline of a full lifecycle case answers the auditor's questions, read as auditor ruben over HTTP. */
class AuditTimelineTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseworkSteps steps;
    @Autowired
    AuditViewLog viewLog;

    String caseNumber;
    List<JsonNode> entries;

    @BeforeEach
    void readTimeline() {
        caseNumber = AuditedLifecycle.closedCase(steps);
        HttpProbe.Response response = new HttpProbe(port).get("/api/cases/" + caseNumber + "/audit", "ruben");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("outcome").asText()).isEqualTo("COMPLIANT");
        entries = new ArrayList<>();
        response.json().path("entries").forEach(entries::add);
    }

    @Test
    void entriesAreInTimeOrderAndComeFromEveryProcessOfTheCase() {
        List<Instant> times = entries.stream().map(e -> Instant.parse(e.path("at").asText())).toList();
        assertThat(times).isSorted();
        assertThat(entries.stream().map(e -> e.path("process").asText()).distinct())
                .contains("EnforcementCaseProcess", "IntakeProcess", "ContactProcess", "ProfilingProcess",
                        "InstrumentExecutionProcess");
    }

    @Test
    void whichSignalStartedIt() {
        JsonNode signal = only(e -> kind(e, "SIGNAL") && e.path("details").has("bron"));
        assertThat(signal.path("details").path("bron").asText()).isEqualTo("INLICHTINGENBUREAU");
        assertThat(signal.path("description").asText()).startsWith("Signaal ontvangen van INLICHTINGENBUREAU");
        assertThat(signal.path("details").path("kenmerk").asText()).startsWith("REF-");
    }

    @Test
    void whoSpokeWithTheClientAndWhen() {
        JsonNode conversation = only(e -> kind(e, "CONTACT") && e.path("details").path("soort").asText()
                .equals("CONVERSATION"));
        assertThat(conversation.path("actor").asText()).isEqualTo("carla");
        assertThat(conversation.path("description").asText()).isEqualTo("Gesprek met de klant gevoerd door carla via PHONE");
        assertThat(conversation.path("details").path("uitlegKlant").asText()).contains("bijbaan");
        assertThat(conversation.path("at").asText()).isNotBlank();
    }

    @Test
    void whichPostureWasProposedAndWhatTheCaseworkerDecidedAndWhy() {
        JsonNode proposed = only(e -> kind(e, "POSTURE") && e.path("description").asText().startsWith("Houding voorgesteld"));
        assertThat(proposed.path("details").path("voorgesteld").asText()).isEqualTo("COMMITMENT");
        JsonNode decided = only(e -> kind(e, "POSTURE") && e.path("details").has("vastgesteld"));
        assertThat(decided.path("actor").asText()).isEqualTo("carla");
        assertThat(decided.path("details").path("vastgesteld").asText()).isEqualTo("CAPITULATION");
        assertThat(decided.path("details").path("afgeweken").asBoolean()).isTrue();
        assertThat(decided.path("details").path("reden").asText()).isEqualTo(AuditedLifecycle.OVERRIDE_REASON);
        assertThat(decided.path("description").asText()).startsWith("Houding afwijkend vastgesteld door carla");

        JsonNode postureRule = only(e -> kind(e, "DECISION") && e.path("element").asText().equals("PostureDetermination"));
        assertThat(postureRule.path("details").path("uitvoer").toString()).contains("COMMITMENT");
    }

    @Test
    void whichInstrumentsOnWhichDmnRuleWithItsAnnotation() {
        JsonNode choice = only(e -> kind(e, "DECISION") && e.path("element").asText().equals("InstrumentChoice"));
        assertThat(choice.path("details").path("regelIds")).isNotEmpty();
        assertThat(choice.path("details").path("invoer").toString()).contains("CAPITULATION");
        JsonNode rules = choice.path("details").path("regels");
        assertThat(rules).isNotEmpty();
        rules.forEach(rule -> {
            assertThat(rule.path("regel").asText()).startsWith("Rule_");
            assertThat(rule.path("toelichting").asText()).as("annotation of " + rule).isNotBlank();
        });
        assertThat(choice.path("details").path("uitvoer").toString()).contains("SANCTION_PROCEDURE", "RECOVERY_ORDER");

        JsonNode accepted = only(e -> kind(e, "INSTRUMENT") && e.path("details").has("gekozen"));
        assertThat(accepted.path("actor").asText()).isEqualTo("carla");
        assertThat(accepted.path("details").path("gekozen").toString()).contains("SANCTION_PROCEDURE");
        assertThat(entries).filteredOn(e -> kind(e, "INSTRUMENT")
                && e.path("description").asText().startsWith("Instrument uitgevoerd door carla")).isNotEmpty();
    }

    @Test
    void whoClaimedAndCompletedWhatWithTheSubmittedValues() {
        JsonNode conversation = only(e -> kind(e, "TASK_COMPLETED") && e.path("element").asText()
                .equals("Task_HoldConversation"));
        assertThat(conversation.path("actor").asText()).isEqualTo("carla");
        assertThat(conversation.path("description").asText()).startsWith("Taak afgerond: ").endsWith(" door carla");
        JsonNode submitted = conversation.path("details").path("ingevuldeWaarden");
        assertThat(submitted.path("channelUsed").asText()).isEqualTo("PHONE");
        assertThat(submitted.path("violationEstablished").asBoolean()).isTrue();

        JsonNode confirm = only(e -> kind(e, "TASK_COMPLETED") && e.path("element").asText().equals("Task_ConfirmPosture"));
        assertThat(confirm.path("details").path("ingevuldeWaarden").path("postureOverrideReason").asText())
                .isEqualTo(AuditedLifecycle.OVERRIDE_REASON);

        assertThat(entries).filteredOn(e -> kind(e, "USER_OPERATION")
                        && e.path("description").asText().startsWith("Taak geclaimd: ")
                        && e.path("actor").asText().equals("carla"))
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(entries).filteredOn(e -> kind(e, "TASK_COMPLETED")).allSatisfy(e ->
                assertThat(e.path("actor").asText()).isEqualTo("carla"));
    }

    @Test
    void timerStepsDecisionsAndOutcomeAreThere() {
        assertThat(entries).filteredOn(e -> kind(e, "TIMER") && e.path("element").asText().equals("Timer_MonitoringDue"))
                .hasSize(1);
        assertThat(entries).filteredOn(e -> kind(e, "ACTIVITY_ENDED")
                && e.path("element").asText().equals("CallActivity_Profiling")).hasSize(1);
        assertThat(entries.stream().filter(e -> kind(e, "DECISION")).map(e -> e.path("element").asText()))
                .contains("SignalTriage", "ContactChannel", "PostureDetermination", "InstrumentChoice",
                        "MonitoringInterval");
        JsonNode outcome = only(e -> kind(e, "OUTCOME"));
        assertThat(outcome.path("description").asText()).isEqualTo("Zaak afgesloten met uitkomst COMPLIANT");
    }

    @Test
    void theViewIsLogged() {
        assertThat(viewLog.viewsOf(caseNumber)).anySatisfy(v -> {
            assertThat(v.viewedBy()).isEqualTo("ruben");
            assertThat(v.kind()).isEqualTo(AuditViewLog.ViewKind.API);
        });
    }

    private JsonNode only(Predicate<JsonNode> predicate) {
        List<JsonNode> found = entries.stream().filter(predicate).toList();
        assertThat(found).as("entries matching in " + entries).hasSize(1);
        return found.get(0);
    }

    private static boolean kind(JsonNode entry, String kind) {
        return entry.path("kind").asText().equals(kind);
    }
}
