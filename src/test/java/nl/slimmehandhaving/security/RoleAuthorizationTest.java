package nl.slimmehandhaving.security;

import nl.slimmehandhaving.PostgresIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Caseworkers cannot deploy; process owners deploy but do no casework; auditors only read. */
class RoleAuthorizationTest extends PostgresIntegrationTest {

    static final String DEPLOY_PROBE_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_DeployProbe"
                targetNamespace="http://slimmehandhaving.nl/test">
              <bpmn:process id="DeployProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="Start" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    HttpProbe http;
    TenantProbeSupport probes;
    Task uwvTask;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
        probes = new TenantProbeSupport(repositoryService, runtimeService, taskService);
        probes.deploy();
        uwvTask = probes.start("uwv");
    }

    @AfterEach
    void tearDown() {
        probes.cleanUp();
        repositoryService.createDeploymentQuery().deploymentName("security-deploy-probe").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void caseworkerCannotDeploy() {
        HttpProbe.Response response = http.postDeployment("anna", "security-deploy-probe", "DeployProbe.bpmn",
                DEPLOY_PROBE_XML);
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(http.postDeployment("bas", "security-deploy-probe", "DeployProbe.bpmn", DEPLOY_PROBE_XML).status())
                .isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("security-deploy-probe").count()).isZero();
    }

    @Test
    void processOwnerCanDeployAndReadDefinitions() {
        HttpProbe.Response response = http.postDeployment("pim", "security-deploy-probe", "DeployProbe.bpmn",
                DEPLOY_PROBE_XML);
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("security-deploy-probe").count()).isOne();
        assertThat(http.get("/engine-rest/process-definition?key=DeployProbe", "pim").json()).hasSize(1);
    }

    @Test
    void processOwnerCannotDoCasework() {
        String id = uwvTask.getId();
        assertThat(http.postJson("/engine-rest/task/" + id + "/claim", "pim", "{\"userId\":\"pim\"}").status())
                .isEqualTo(403);
        assertThat(http.postJson("/engine-rest/task/" + id + "/complete", "pim", "{}").status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
    }

    @Test
    void auditorReadsHistoryButCannotChangeAnything() {
        HttpProbe.Response history = http.get("/engine-rest/history/process-instance?processDefinitionKey=TenantProbe",
                "ruben");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains(uwvTask.getProcessInstanceId());
        assertThat(http.get("/engine-rest/history/task?processInstanceId=" + uwvTask.getProcessInstanceId(), "ruben")
                .status()).isEqualTo(200);

        String id = uwvTask.getId();
        assertThat(http.postJson("/engine-rest/task/" + id + "/claim", "ruben", "{\"userId\":\"ruben\"}").status())
                .isEqualTo(403);
        assertThat(http.postJson("/engine-rest/task/" + id + "/complete", "ruben", "{}").status()).isEqualTo(403);
        assertThat(http.postDeployment("ruben", "security-deploy-probe", "DeployProbe.bpmn", DEPLOY_PROBE_XML)
                .status()).isEqualTo(403);
        assertThat(http.postJson("/engine-rest/process-definition/key/TenantProbe/start", "ruben",
                "{\"variables\":{\"organisation\":{\"value\":\"uwv\",\"type\":\"String\"}}}").status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(id).singleResult()).isNotNull();
    }

    @Test
    void administratorCanDoEverything() {
        assertThat(http.postDeployment("demo", "security-deploy-probe", "DeployProbe.bpmn", DEPLOY_PROBE_XML).status())
                .isIn(200, 201);
        assertThat(http.get("/engine-rest/task/" + uwvTask.getId(), "demo").status()).isEqualTo(200);
    }
}
