package nl.slimmehandhaving.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Deploys src/test/resources/security/TenantProbe.bpmn (shared, no tenant, as admin: no authenticated user) and
 * starts probe instances for organisations; deletes them again afterwards.
 */
public final class TenantProbeSupport {

    public static final String PROCESS_KEY = "TenantProbe";

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final List<String> instanceIds = new ArrayList<>();

    public TenantProbeSupport(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    public void deploy() {
        repositoryService.createDeployment()
                .name("security-tenant-probe")
                .addClasspathResource("security/TenantProbe.bpmn")
                .addClasspathResource("security/TenantProbeCaller.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
    }

    /** Starts a probe instance for the organisation and returns its user task. */
    public Task start(String organisation) {
        return startByKey(PROCESS_KEY, organisation);
    }

    public Task startByKey(String key, String organisation) {
        String id = runtimeService.startProcessInstanceByKey(key, Map.of("organisation", organisation)).getId();
        instanceIds.add(id);
        return taskService.createTaskQuery().processInstanceId(id).singleResult();
    }

    public void track(String processInstanceId) {
        instanceIds.add(processInstanceId);
    }

    public void cleanUp() {
        for (String id : instanceIds) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "security test clean-up", true, true);
            }
        }
        instanceIds.clear();
    }
}
