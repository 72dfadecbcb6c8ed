package nl.slimmehandhaving.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.intake.SignalJson;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.security.HttpProbe;
import nl.slimmehandhaving.security.TenantProbeSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every class of bad input of issue 6, each with the answer it must get: a 4xx application/problem+json naming the
 * bad fields in Dutch and English, and not one row written anywhere (our tables, Camunda runtime and history).
 */
class BadInputCatalogueTest extends PostgresIntegrationTest {

    private static final String ORGANISATION = "gemeente-groningen";
    private static final String CARLA = "carla";
    private static final List<String> TABLES = List.of("signal", "client", "enforcement_case", "act_ru_execution",
            "act_hi_procinst", "act_ru_task");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    HttpProbe http;
    TenantProbeSupport probes;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
        probes = new TenantProbeSupport(repositoryService, runtimeService, taskService);
        probes.deploy();
    }

    @AfterEach
    void tearDown() {
        probes.cleanUp();
    }

    /** A bad request, the status it must get and the fields its problem must name (none: a problem without fields). */
    record BadInput(String name, Function<HttpProbe, HttpProbe.Response> request, int status, List<String> fields) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                json("invalid BSN (11-proof)", s -> s.with("bsn", "123456789"), "bsn"),
                json("BSN with letters", s -> s.with("bsn", "12345678a"), "bsn"),
                json("missing required fields", s -> s.without("clientName").without("receivedOn"),
                        "clientName", "receivedOn"),
                json("unknown field", s -> s.with("nationality", "NL"), "nationality"),
                json("unknown enum value: source", s -> s.with("source", "ANONYMOUS_LETTER"), "source"),
                json("unknown enum value: benefitType", s -> s.with("benefitType", "AOW"), "benefitType"),
                json("unknown enum value: preferredChannel", s -> s.with("preferredChannel", "PIGEON"),
                        "preferredChannel"),
                json("negative amount", s -> s.with("estimatedAmount", new BigDecimal("-0.01")), "estimatedAmount"),
                json("absurd amount", s -> s.with("estimatedAmount", new BigDecimal("1000000000000")),
                        "estimatedAmount"),
                json("amount with three decimals", s -> s.with("estimatedAmount", new BigDecimal("10.001")),
                        "estimatedAmount"),
                json("amount as text", s -> s.with("estimatedAmount", "veel"), "estimatedAmount"),
                json("date in the future", s -> s.with("receivedOn", LocalDate.now().plusDays(1).toString()),
                        "receivedOn"),
                json("date that does not exist", s -> s.with("receivedOn", "2025-02-30"), "receivedOn"),
                json("SQL-looking external reference", s -> s.with("externalReference", "x' OR '1'='1"),
                        "externalReference"),
                json("free text over its limit", s -> s.with("description", "x".repeat(4001)), "description"),
                new BadInput("not JSON at all", h -> h.postJson("/api/signals", CARLA, "{\"bsn\": "), 400,
                        List.of("body")),
                new BadInput("JSON body over 64 kB", h -> h.postJson("/api/signals", CARLA,
                        new Body().with("description", "x".repeat(70_000)).json()), 413, List.of()),
                new BadInput("organisation that does not exist", h -> h.postJson("/api/signals", CARLA,
                        new Body().with("organisation", "gemeente-nergens").json()), 400, List.of("organisation")),
                new BadInput("organisation of someone else", h -> h.postJson("/api/signals", CARLA,
                        new Body().with("organisation", "gemeente-utrecht").with("benefitType", "BIJSTAND").json()),
                        403, List.of()),
                new BadInput("unknown case number", h -> h.get("/api/cases/HZ-2099-999999", CARLA), 404, List.of()),
                new BadInput("SQL-looking case number", h -> h.get("/api/cases/HZ-1'%20OR%20'1'='1", CARLA), 404,
                        List.of()),
                new BadInput("SQL-looking filter", h -> h.get("/api/cases?status=OPEN'%20OR%20'1'='1", CARLA), 400,
                        List.of("status")),
                new BadInput("page size out of range", h -> h.get("/api/cases?size=100000", CARLA), 400,
                        List.of("size")),
                csv("CSV file that is not UTF-8 (Latin-1)", SignalJson.CSV_HEADER, validCsvLine() + "\n"
                        + "REF-LATIN1,gemeente-groningen,"
                        + "BIJSTAND," + TestSignals.newBsn() + ",Jos\u00e9 M\u00fcller,TIP,Tip,,,2025-01-02,",
                        StandardCharsets.ISO_8859_1, 400, "file"),
                csv("CSV with broken quoting", SignalJson.CSV_HEADER,
                        validCsvLine() + "\n\"REF-Q,gemeente-groningen,\"BIJSTAND\"x", StandardCharsets.UTF_8, 400, "file"),
                csv("CSV with unknown and missing columns", SignalJson.CSV_HEADER.replace("clientName,", "nationality,"),
                        validCsvLine(), StandardCharsets.UTF_8, 400, "clientName", "nationality"),
                new BadInput("CSV over the configured 1 MB", h -> h.postMultipart("/api/signals/import", CARLA,
                        "big.csv", bigCsv(1_100_000)), 413, List.of()),
                new BadInput("upload over the multipart limit (2 MB)", h -> h.postMultipart("/api/signals/import",
                        CARLA, "huge.csv", bigCsv(2_500_000)), 413, List.of()))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInputGetsAProblemAndStoresNothing(BadInput bad) {
        Map<String, Long> before = counts();

        HttpProbe.Response response = bad.request().apply(http);

        assertThat(response.status()).as(response.toString()).isEqualTo(bad.status());
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(bad.status());
        assertThat(problem.path("title").asText()).contains(" / ");
        if (!bad.fields().isEmpty()) {
            assertThat(problem.path("errors").findValuesAsText("field")).hasSameElementsAs(bad.fields());
            problem.path("errors").forEach(error -> assertThat(error.path("message").asText())
                    .as("Dutch / English message").matches(".+ / .+"));
        } else {
            assertThat(problem.path("detail").asText()).contains(" / ");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void csvLinesWithTheWrongColumnCountAreRejectedAndStoreNothing() {
        Map<String, Long> before = counts();
        HttpProbe.Response response = http.postMultipart("/api/signals/import", CARLA, "signals.csv",
                (SignalJson.CSV_HEADER + "\n" + "too,few,columns\n" + validCsvLine() + ",one-too-many\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("accepted").asInt()).isZero();
        assertThat(response.json().path("rejectedLines").findValuesAsText("line")).containsExactly("2", "3");
        assertThat(response.json().path("rejectedLines").toString()).contains("expected 11 columns");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void scriptMarkupAndSqlInFreeTextAreStoredAsTextAndReturnedAsData() {
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String sql = "Robert'); DROP TABLE client;--";
        HttpProbe.Response created = http.postJson("/api/signals", CARLA,
                new Body().with("description", script).with("clientName", sql).json());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        HttpProbe.Response caseFile = http.get("/api/cases/" + created.json().path("caseNumber").asText(), CARLA);

        assertThat(caseFile.header("Content-Type")).startsWith("application/json");
        assertThat(caseFile.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(caseFile.json().path("signals").get(0).path("description").asText()).isEqualTo(script);
        assertThat(caseFile.json().path("client").path("name").asText()).isEqualTo(sql);
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isPositive();
    }

    @Test
    void completingATaskTwiceIsNotFoundTheSecondTime() {
        Task task = probes.start(ORGANISATION);
        assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/claim", CARLA, "{\"userId\":\"carla\"}")
                .status()).isEqualTo(204);
        assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/complete", CARLA, "{}").status())
                .isEqualTo(204);

        HttpProbe.Response again = http.postJson("/engine-rest/task/" + task.getId() + "/complete", CARLA, "{}");

        assertThat(again.status()).as(again.toString()).isEqualTo(404);
    }

    @Test
    void aTaskClaimedByAColleagueCanNeitherBeCompletedNorClaimedByAnother() {
        Task task = probes.start(ORGANISATION);
        assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/claim", "daan", "{\"userId\":\"daan\"}")
                .status()).isEqualTo(204);

        HttpProbe.Response complete = http.postJson("/engine-rest/task/" + task.getId() + "/complete", CARLA, "{}");
        HttpProbe.Response claim = http.postJson("/engine-rest/task/" + task.getId() + "/claim", CARLA,
                "{\"userId\":\"carla\"}");

        assertThat(complete.status()).as(complete.toString()).isEqualTo(403);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(409);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("daan");
        assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/complete", "daan", "{}").status())
                .isEqualTo(204);
    }

    @Test
    void claimingOrCompletingATaskOfAnotherOrganisationIsNotFound() {
        Task task = probes.start(ORGANISATION);

        HttpProbe.Response claim = http.postJson("/engine-rest/task/" + task.getId() + "/claim", "eva",
                "{\"userId\":\"eva\"}");
        HttpProbe.Response complete = http.postJson("/engine-rest/task/" + task.getId() + "/complete", "eva", "{}");

        assertThat(claim.status()).as(claim.toString()).isEqualTo(404);
        assertThat(complete.status()).as(complete.toString()).isEqualTo(404);
        assertThat(claim.body() + complete.body()).doesNotContain(ORGANISATION);
        Task untouched = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(untouched).isNotNull();
        assertThat(untouched.getAssignee()).isNull();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    private static BadInput json(String name, UnaryOperator<Body> change, String... fields) {
        return new BadInput(name, h -> h.postJson("/api/signals", CARLA, change.apply(new Body()).json()), 400,
                Arrays.asList(fields));
    }

    /** A CSV upload: the header row of the import, then these lines, in this encoding. */
    private static BadInput csv(String name, String header, String lines, java.nio.charset.Charset charset,
            int status, String... fields) {
        byte[] content = (header + "\n" + lines + "\n").getBytes(charset);
        return new BadInput(name, h -> h.postMultipart("/api/signals/import", CARLA, "signals.csv", content), status,
                List.of(fields));
    }

    private static String validCsvLine() {
        return SignalJson.csvLine(TestSignals.signal(ORGANISATION));
    }

    private static byte[] bigCsv(int bytes) {
        StringBuilder csv = new StringBuilder(SignalJson.CSV_HEADER).append('\n');
        while (csv.length() < bytes) {
            csv.append(validCsvLine()).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid signal of Carla's organisation as a JSON object, to be spoilt one field at a time. */
    static final class Body {
        private final Map<String, Object> fields;

        Body() {
            SignalRequest valid = TestSignals.signal(ORGANISATION);
            this.fields = new java.util.LinkedHashMap<>(SignalJson.map(valid));
        }

        Body with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        Body without(String field) {
            fields.remove(field);
            return this;
        }

        String json() {
            return SignalJson.of(fields);
        }
    }
}
