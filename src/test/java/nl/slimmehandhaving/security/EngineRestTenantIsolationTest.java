package nl.slimmehandhaving.security;

import nl.slimmehandhaving.PostgresIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Organisations (tenants) are isolated on the engine REST API. */
class EngineRestTenantIsolationTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    HttpProbe http;
    TenantProbeSupport probes;
    Task groningenTask;
    Task utrechtTask;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
        probes = new TenantProbeSupport(repositoryService, runtimeService, taskService);
        probes.deploy();
        groningenTask = probes.start("gemeente-groningen");
        utrechtTask = probes.start("gemeente-utrecht");
    }

    @AfterEach
    void tearDown() {
        probes.cleanUp();
    }

    @Test
    void instancesAndTasksGetTheTenantOfTheirOrganisation() {
        assertThat(groningenTask.getTenantId()).isEqualTo("gemeente-groningen");
        assertThat(utrechtTask.getTenantId()).isEqualTo("gemeente-utrecht");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(groningenTask.getProcessInstanceId())
                .singleResult().getTenantId()).isEqualTo("gemeente-groningen");
        // the model itself is shared
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("TenantProbe")
                .latestVersion().singleResult().getTenantId()).isNull();
    }

    @Test
    void eachCaseworkerSeesOnlyTheTasksOfTheirOwnOrganisation() {
        assertThat(probeTaskIds("carla")).contains(groningenTask.getId()).doesNotContain(utrechtTask.getId());
        assertThat(probeTaskIds("eva")).contains(utrechtTask.getId()).doesNotContain(groningenTask.getId());
        assertThat(probeTaskIds("anna")).doesNotContain(groningenTask.getId(), utrechtTask.getId());
        for (JsonNode task : http.get("/engine-rest/task?processDefinitionKey=TenantProbe", "carla").json()) {
            assertThat(task.path("tenantId").asText()).isEqualTo("gemeente-groningen");
        }
    }

    @Test
    void caseworkerCannotReadOrWorkOnATaskOfAnotherOrganisation() {
        assertThat(http.get("/engine-rest/task/" + groningenTask.getId(), "carla").status()).isEqualTo(200);
        assertThat(http.get("/engine-rest/task/" + utrechtTask.getId(), "carla").status()).isEqualTo(404);
        assertThat(http.get("/engine-rest/process-instance/" + utrechtTask.getProcessInstanceId(), "carla").status())
                .isEqualTo(404);

        HttpProbe.Response claim = http.postJson("/engine-rest/task/" + utrechtTask.getId() + "/claim", "carla",
                "{\"userId\":\"carla\"}");
        // the tenant check (ENGINE-13034, a 500 in plain Camunda) answers 404, as for reading: it does not exist
        assertThat(claim.status()).as(claim.toString()).isEqualTo(404);
        HttpProbe.Response complete = http.postJson("/engine-rest/task/" + utrechtTask.getId() + "/complete", "carla",
                "{}");
        assertThat(complete.status()).as(complete.toString()).isEqualTo(404);

        Task stillOpen = taskService.createTaskQuery().taskId(utrechtTask.getId()).singleResult();
        assertThat(stillOpen).isNotNull();
        assertThat(stillOpen.getAssignee()).isNull();
    }

    @Test
    void caseworkerCanClaimAndCompleteATaskOfTheirOwnOrganisation() {
        String id = groningenTask.getId();
        assertThat(http.postJson("/engine-rest/task/" + id + "/claim", "carla", "{\"userId\":\"carla\"}").status())
                .isEqualTo(204);
        assertThat(http.postJson("/engine-rest/task/" + id + "/complete", "carla", "{}").status()).isEqualTo(204);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult().getAssignee())
                .isEqualTo("carla");
    }

    @Test
    void caseworkerCannotSeeHistoryOfAnotherOrganisation() {
        HttpProbe.Response history = http.get(
                "/engine-rest/history/process-instance?processDefinitionKey=TenantProbe", "carla");
        assertThat(history.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        history.json().forEach(i -> ids.add(i.path("id").asText()));
        assertThat(ids).contains(groningenTask.getProcessInstanceId())
                .doesNotContain(utrechtTask.getProcessInstanceId());
    }

    @Test
    void caseworkerCanStartInstancesOnlyForTheirOwnOrganisation() {
        HttpProbe.Response own = http.postJson("/engine-rest/process-definition/key/TenantProbe/start", "carla",
                "{\"variables\":{\"organisation\":{\"value\":\"gemeente-groningen\",\"type\":\"String\"}}}");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        probes.track(own.json().path("id").asText());
        assertThat(own.json().path("tenantId").asText()).isEqualTo("gemeente-groningen");

        HttpProbe.Response other = http.postJson("/engine-rest/process-definition/key/TenantProbe/start", "carla",
                "{\"variables\":{\"organisation\":{\"value\":\"gemeente-utrecht\",\"type\":\"String\"}}}");
        assertThat(other.status()).as(other.toString()).isEqualTo(403);

        HttpProbe.Response unknown = http.postJson("/engine-rest/process-definition/key/TenantProbe/start", "carla",
                "{\"variables\":{\"organisation\":{\"value\":\"gemeente-nergens\",\"type\":\"String\"}}}");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(403);

        // without an authenticated user (e.g. our own services, admin): unknown organisations are refused too
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("TenantProbe",
                java.util.Map.of("organisation", "gemeente-nergens")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("gemeente-nergens");
    }

    @Test
    void calledProcessInheritsTheTenantOfTheCaller() {
        ProcessInstance caller = runtimeService.startProcessInstanceByKey("TenantProbeCaller",
                java.util.Map.of("organisation", "gemeente-utrecht"));
        probes.track(caller.getId());
        ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
                .singleResult();

        assertThat(caller.getTenantId()).isEqualTo("gemeente-utrecht");
        assertThat(called.getTenantId()).isEqualTo("gemeente-utrecht");
        Task task = taskService.createTaskQuery().processInstanceId(called.getId()).singleResult();
        assertThat(probeTaskIds("eva")).contains(task.getId());
        assertThat(probeTaskIds("carla")).doesNotContain(task.getId());
    }

    private List<String> probeTaskIds(String user) {
        HttpProbe.Response response = http.get("/engine-rest/task?processDefinitionKey=TenantProbe", user);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }
}
