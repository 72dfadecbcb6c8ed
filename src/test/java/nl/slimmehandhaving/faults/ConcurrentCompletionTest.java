package nl.slimmehandhaving.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.security.HttpProbe;
import nl.slimmehandhaving.security.TenantProbeSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two caseworkers press "complete" on the same open task at the same moment (both requests inside their
 * transactions before either commits): one succeeds, the other gets a clear 409 conflict, and the task is
 * completed exactly once.
 */
class ConcurrentCompletionTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    FaultInjection faults;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @AfterEach
    void disarm() {
        faults.reset();
    }

    @Test
    void twoSimultaneousCompletionsGiveOneSuccessAndOneConflict() {
        TenantProbeSupport probes = new TenantProbeSupport(repositoryService, runtimeService, taskService);
        probes.deploy();
        Task task = probes.start("gemeente-groningen");
        HttpProbe http = new HttpProbe(port);
        faults.holdNextTwoCompletions();

        CompletableFuture<HttpProbe.Response> carla = CompletableFuture.supplyAsync(() ->
                http.postJson("/engine-rest/task/" + task.getId() + "/complete", "carla", "{}"));
        CompletableFuture<HttpProbe.Response> daan = CompletableFuture.supplyAsync(() ->
                http.postJson("/engine-rest/task/" + task.getId() + "/complete", "daan", "{}"));
        List<HttpProbe.Response> answers = List.of(carla.join(), daan.join());

        assertThat(answers).extracting(HttpProbe.Response::status).as(answers.toString())
                .containsExactlyInAnyOrder(204, 409);
        assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().body())
                .contains("Someone else changed this at the same time");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("EndEvent_Probe").count()).isOne();
        probes.cleanUp();
    }
}
