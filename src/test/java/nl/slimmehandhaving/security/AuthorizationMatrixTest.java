package nl.slimmehandhaving.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.intake.SignalJson;
import nl.slimmehandhaving.intake.SignalService;
import nl.slimmehandhaving.intake.TestSignals;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Role x endpoint x organisation -> answer, for every endpoint of our API and the engine REST endpoints that
 * matter. Each cell is "own/other": the answer for data of the user's own organisation (Gemeente Groningen) and of
 * another one (Gemeente Utrecht). Auditors, process owners and administrators belong to every organisation.
 * {@code hid} means 200 without the other organisation's item in it (lists), {@code 200} that the item is listed.
 * Each cell runs on fresh data: a new task, a new signal, a new deployment name.
 */
class AuthorizationMatrixTest extends PostgresIntegrationTest {

    static final String MATRIX = """
            # endpoint                                    caseworker senior   auditor  owner    admin    anonymous
            POST /api/signals                             201/403    201/403  403/403  403/403  201/201  401/401
            POST /api/signals/import                      200/403    200/403  403/403  403/403  200/200  401/401
            GET /api/cases                                200/hid    200/hid  200/200  403/403  200/200  401/401
            GET /api/cases/{n}                            200/404    200/404  200/200  403/403  200/200  401/401
            GET /engine-rest/task                         200/hid    200/hid  200/200  hid/hid  200/200  401/401
            POST /engine-rest/task/{id}/claim             204/404    204/404  403/403  403/403  204/204  401/401
            POST /engine-rest/task/{id}/complete          204/404    204/404  403/403  403/403  204/204  401/401
            GET /engine-rest/process-instance             200/hid    200/hid  200/200  200/200  200/200  401/401
            GET /engine-rest/history/process-instance     200/hid    200/hid  200/200  200/200  200/200  401/401
            POST /engine-rest/deployment/create           403/403    403/403  403/403  200/200  200/200  401/401
            POST /engine-rest/decision-definition/key/SignalTriage/evaluate  200/200  200/200  403/403  403/403  200/200  401/401
            """;

    static final List<String> ROLES = List.of("caseworker", "senior", "auditor", "owner", "admin", "anonymous");
    static final Map<String, String> USERS = Map.of("caseworker", "carla", "senior", "daan", "auditor", "ruben",
            "owner", "pim", "admin", "demo");
    static final String OWN = "gemeente-groningen";
    static final String OTHER = "gemeente-utrecht";

    /** One case per organisation for the read endpoints, shared by all cells (they only read). */
    static final Map<String, String> CASES = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    SignalService signals;

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
        repositoryService.createDeploymentQuery().deploymentNameLike("matrix-%").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.trim().split("\\s+");
            String endpoint = columns[0] + " " + columns[1];
            for (int role = 0; role < ROLES.size(); role++) {
                String[] expected = columns[2 + role].split("/");
                cells.add(Arguments.of(endpoint, ROLES.get(role), "own", expected[0]));
                cells.add(Arguments.of(endpoint, ROLES.get(role), "other", expected[1]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, {2} organisation -> {3}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(String endpoint, String role, String organisation, String expected) {
        String user = USERS.get(role);
        String target = organisation.equals("own") ? OWN : OTHER;

        String actual = call(endpoint, user, target);

        assertThat(actual).isEqualTo(expected);
    }

    private String call(String endpoint, String user, String organisation) {
        return switch (endpoint) {
            case "POST /api/signals" -> status(http.postJson("/api/signals", user,
                    SignalJson.of(TestSignals.signal(organisation))));
            case "POST /api/signals/import" -> importOutcome(http.postMultipart("/api/signals/import", user,
                    "signals.csv", (SignalJson.CSV_HEADER + "\n" + SignalJson.csvLine(TestSignals.signal(organisation))
                            + "\n").getBytes(StandardCharsets.UTF_8)));
            case "GET /api/cases" -> listedOnSomePage(http, user, caseOf(organisation));
            case "GET /api/cases/{n}" -> status(http.get("/api/cases/" + caseOf(organisation), user));
            case "GET /engine-rest/task" -> {
                Task task = probes.start(organisation);
                yield listed(http.get("/engine-rest/task?processDefinitionKey=TenantProbe&maxResults=1000", user),
                        task.getId(), list -> list, "id");
            }
            case "POST /engine-rest/task/{id}/claim" -> status(http.postJson(
                    "/engine-rest/task/" + probes.start(organisation).getId() + "/claim", user,
                    "{\"userId\":\"" + user + "\"}"));
            case "POST /engine-rest/task/{id}/complete" -> status(http.postJson(
                    "/engine-rest/task/" + probes.start(organisation).getId() + "/complete", user, "{}"));
            case "GET /engine-rest/process-instance" -> {
                Task task = probes.start(organisation);
                yield listed(http.get("/engine-rest/process-instance?processDefinitionKey=TenantProbe&maxResults=1000",
                        user), task.getProcessInstanceId(), list -> list, "id");
            }
            case "GET /engine-rest/history/process-instance" -> {
                Task task = probes.start(organisation);
                yield listed(http.get("/engine-rest/history/process-instance?processDefinitionKey=TenantProbe"
                        + "&maxResults=1000", user), task.getProcessInstanceId(), list -> list, "id");
            }
            case "POST /engine-rest/deployment/create" -> status(http.postDeployment(user,
                    "matrix-" + UUID.randomUUID(), "DeployProbe.bpmn", RoleAuthorizationTest.DEPLOY_PROBE_XML));
            case "POST /engine-rest/decision-definition/key/SignalTriage/evaluate" -> status(http.postJson(
                    "/engine-rest/decision-definition/key/SignalTriage/evaluate", user,
                    "{\"variables\":{\"signalSource\":{\"value\":\"TIP\",\"type\":\"String\"},"
                            + "\"estimatedAmount\":{\"value\":100.0,\"type\":\"Double\"}}}"));
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private String caseOf(String organisation) {
        return CASES.computeIfAbsent(organisation,
                o -> signals.register(TestSignals.signal(o)).caseNumber());
    }

    private static String status(HttpProbe.Response response) {
        return String.valueOf(response.status());
    }

    /** The import answers per line: a line for an organisation the user may not work for is refused (403). */
    private static String importOutcome(HttpProbe.Response response) {
        if (response.status() != 200) {
            return status(response);
        }
        JsonNode report = response.json();
        if (report.path("accepted").asInt() == 1) {
            return "200";
        }
        assertThat(report.path("rejectedLines").toString()).contains("organisation");
        return "403";
    }

    /** Pages through the user's case list (newest first) looking for the case. */
    private static String listedOnSomePage(HttpProbe http, String user, String caseNumber) {
        for (int page = 0; page < 100; page++) {
            HttpProbe.Response response = http.get("/api/cases?size=100&page=" + page, user);
            if (response.status() != 200) {
                return status(response);
            }
            JsonNode content = response.json().path("content");
            if ("200".equals(listed(response, caseNumber, json -> json.path("content"), "caseNumber"))) {
                return "200";
            }
            if (content.isEmpty()) {
                return "hid";
            }
        }
        throw new AssertionError("more than 10,000 cases");
    }

    private static String listed(HttpProbe.Response response, String id,
            java.util.function.Function<JsonNode, JsonNode> items, String idField) {
        if (response.status() != 200) {
            return status(response);
        }
        List<String> ids = new ArrayList<>();
        items.apply(response.json()).forEach(item -> ids.add(item.path(idField).asText()));
        return ids.contains(id) ? "200" : "hid";
    }
}
