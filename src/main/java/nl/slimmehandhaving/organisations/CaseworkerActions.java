package nl.slimmehandhaving.organisations;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a caseworker does in Tasklist, done by the demo-data generator and the tests: claim and complete
 * as a named, authenticated user (so authorizations, tenant checks and the decision listeners apply), and
 * run asynchronous steps and timers as the job executor would.
 */
@Component
public class CaseworkerActions {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    CaseworkerActions(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
                      ManagementService managementService) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** The single open task of the case (across its called processes) with this definition key. */
    public Task task(String caseNumber, String taskDefinitionKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskDefinitionKey).list();
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one open " + taskDefinitionKey + " in " + caseNumber + " but found "
                    + tasks.size() + "; open: " + openTaskKeys(caseNumber));
        }
        return tasks.get(0);
    }

    public List<String> openTaskKeys(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    public void claimAndComplete(String user, String caseNumber, String taskDefinitionKey, Map<String, Object> form) {
        Task task = task(caseNumber, taskDefinitionKey);
        as(user, () -> {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), form);
        });
        runJobs(caseNumber);
    }

    public void as(String user, Runnable action) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        identityService.setAuthentication(user, groups, tenants);
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Runs the due asynchronous continuations of the case's processes, as the job executor would. */
    public void runJobs(String caseNumber) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = dueJobs(caseNumber).stream().filter(job -> job.getDuedate() == null).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep coming for " + caseNumber);
    }

    /** Fires the case's timer with this activity id now, as if its time had come. */
    public void fireTimer(String caseNumber, String timerActivityId) {
        List<Job> timers = dueJobs(caseNumber).stream()
                .filter(job -> timerActivityId.equals(activityOf(job)))
                .toList();
        if (timers.size() != 1) {
            throw new AssertionError("Expected one timer " + timerActivityId + " in " + caseNumber + " but found "
                    + timers.size());
        }
        managementService.executeJob(timers.get(0).getId());
        runJobs(caseNumber);
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }

    private List<Job> dueJobs(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).list().stream())
                .toList();
    }
}
