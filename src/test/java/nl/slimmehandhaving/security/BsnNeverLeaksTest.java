package nl.slimmehandhaving.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.intake.SignalJson;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.profiling.Posture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole case, from a signal over HTTP to closure, with one known BSN; afterwards the BSN is nowhere: not in the
 * log (with our code and Spring MVC at DEBUG), not in any row of any table (Camunda runtime, history and byte
 * arrays included), not in any answer, not even in the answers to bad input that carries it.
 */
@ExtendWith(OutputCaptureExtension.class)
class BsnNeverLeaksTest extends PostgresIntegrationTest {

    private static final String ORGANISATION = "gemeente-groningen";
    private static final String CARLA = "carla";
    private static final List<String> VERBOSE_LOGGERS = List.of("nl.slimmehandhaving", "org.springframework.web",
            "org.camunda.bpm.engine.rest");

    @LocalServerPort
    int port;
    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoggingSystem loggingSystem;

    HttpProbe http;

    @BeforeEach
    void verboseLogging() {
        http = new HttpProbe(port);
        VERBOSE_LOGGERS.forEach(logger -> loggingSystem.setLogLevel(logger, LogLevel.DEBUG));
    }

    @AfterEach
    void normalLogging() {
        VERBOSE_LOGGERS.forEach(logger -> loggingSystem.setLogLevel(logger, null));
    }

    @Test
    void aKnownBsnAppearsNowhereAfterAWholeLifecycle(CapturedOutput output) {
        SignalRequest signal = TestSignals.signal(ORGANISATION);
        String bsn = signal.bsn();
        List<String> answers = new ArrayList<>();

        HttpProbe.Response registered = http.postJson("/api/signals", CARLA, SignalJson.of(signal));
        answers.add(registered.body());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String caseNumber = registered.json().path("caseNumber").asText();
        caseworker.runJobs(caseNumber);

        steps.assessSignal(CARLA, caseNumber, true, null);
        steps.holdConversation(CARLA, caseNumber, true);
        steps.profile(CARLA, caseNumber, Posture.RESISTANCE);
        steps.acceptProposedInstruments(CARLA, caseNumber);
        steps.carryOutInstruments(CARLA, caseNumber);
        steps.monitoringDue(caseNumber);
        steps.checkCompliance(CARLA, caseNumber, true, false);
        assertThat(caseworker.openTaskKeys(caseNumber)).isEmpty();

        answers.add(expectOk(http.get("/api/cases/" + caseNumber, CARLA)));
        answers.add(expectOk(http.get("/api/cases?size=100", CARLA)));
        answers.add(expectOk(http.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber,
                CARLA)));
        answers.add(expectOk(http.get("/engine-rest/history/variable-instance?deserializeValues=true", "demo")));
        answers.addAll(badInputCarrying(signal));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(bsn));
        assertThat(output.getAll()).as("log output").contains(caseNumber).doesNotContain(bsn);
        assertThat(rowsContaining(bsn)).as("database rows containing the BSN").isEmpty();
        assertThat(byteArraysContaining(bsn)).as("ACT_GE_BYTEARRAY entries containing the BSN").isEmpty();
    }

    /** Bad requests that carry the BSN: the answers name fields, never values. */
    private List<String> badInputCarrying(SignalRequest signal) {
        String bsn = signal.bsn();
        String wrongCheckDigit = bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10);
        List<String> answers = new ArrayList<>();
        answers.add(expectBadRequest(http.postJson("/api/signals", CARLA,
                SignalJson.of(signal).replace("\"benefitType\":\"BIJSTAND\"", "\"benefitType\":\"AOW\""))));
        answers.add(expectBadRequest(http.postJson("/api/signals", CARLA,
                SignalJson.of(signal).replace("\"bsn\":\"" + bsn + "\"", "\"bsn\":" + bsn + ",\"bsnCopy\":\"" + bsn + "\""))));
        answers.add(expectBadRequest(http.postJson("/api/signals", CARLA,
                SignalJson.of(signal).replace("\"receivedOn\":\"", "\"receivedOn\":\"" + bsn))));
        answers.add(expectBadRequest(http.postJson("/api/signals", CARLA, "{\"bsn\":\"" + bsn + "\",")));
        answers.add(expectBadRequest(http.postJson("/api/signals", CARLA,
                SignalJson.of(signal).replace(bsn, wrongCheckDigit))));
        answers.add(expectBadRequest(http.postJson("/api/signals", CARLA,
                SignalJson.of(signal).replace("\"estimatedAmount\":2400.00", "\"estimatedAmount\":" + bsn + "1"))));
        answers.add(http.postMultipart("/api/signals/import", CARLA, "signals.csv", (SignalJson.CSV_HEADER + "\n"
                + SignalJson.csvLine(signal).replace(",BIJSTAND,", ",AOW,") + "\n"
                + SignalJson.csvLine(signal) + ",extra-column\n"
                + SignalJson.csvLine(signal).replace(bsn, wrongCheckDigit) + "\n").getBytes(StandardCharsets.UTF_8))
                .body());
        answers.add(expectBadRequest(http.postJson("/engine-rest/process-definition/key/EnforcementCaseProcess/start",
                CARLA, "{\"variables\":{\"bsn\":{\"value\":\"" + bsn + "\",\"type\":\"Boolean\"}}}")));
        assertThat(answers.get(6)).contains("\"rejected\":3");
        return answers;
    }

    private static String expectOk(HttpProbe.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static String expectBadRequest(HttpProbe.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.body();
    }

    private List<String> rowsContaining(String bsn) {
        List<String> hits = new ArrayList<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)) {
            Long count = jdbc.queryForObject("select count(*) from \"" + table + "\" t where t::text like ?",
                    Long.class, "%" + bsn + "%");
            if (count != null && count > 0) {
                hits.add(table + " (" + count + ")");
            }
        }
        return hits;
    }

    private List<String> byteArraysContaining(String bsn) {
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select id_, name_, bytes_ from act_ge_bytearray")) {
            byte[] bytes = (byte[]) row.get("bytes_");
            if (bytes != null && new String(bytes, StandardCharsets.ISO_8859_1).contains(bsn)) {
                hits.add(row.get("id_") + " " + row.get("name_"));
            }
        }
        return hits;
    }
}
