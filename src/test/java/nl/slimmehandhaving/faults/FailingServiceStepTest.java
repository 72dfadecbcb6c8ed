package nl.slimmehandhaving.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.security.HttpProbe;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Uitnodiging versturen" is an asynchronous service step with R3/PT5M: a failure is retried three times, five
 * minutes apart; a transient failure recovers on the next attempt, a permanent one becomes an incident (Cockpit,
 * engine REST) while the case and its process wait, and after the fault is fixed the step is retried and the
 * case goes on.
 */
class FailingServiceStepTest extends PostgresIntegrationTest {

    private static final String STEP = "Task_SendInvitation";

    @LocalServerPort
    int port;
    @Autowired
    FaultInjection faults;
    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void disarm() {
        faults.reset();
    }

    @Test
    void aTransientFailureIsRetriedAfterFiveMinutesAndRecovers() {
        String caseNumber = untilInvitationJob();
        faults.failActivity(STEP, 1);
        Instant before = Instant.now();

        Job job = invitationJob(caseNumber);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Injected fault");

        Job retry = invitationJob(caseNumber);
        assertThat(retry.getRetries()).isEqualTo(2);
        assertThat(retry.getExceptionMessage()).contains("Injected fault");
        assertThat(Duration.between(before, retry.getDuedate().toInstant())).isBetween(Duration.ofMinutes(4),
                Duration.ofMinutes(6));
        managementService.executeJob(retry.getId());
        caseworker.runJobs(caseNumber);

        assertThat(caseworker.openTaskKeys(caseNumber)).contains("Task_HoldConversation");
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
    }

    @Test
    void aPermanentFailureBecomesAnIncidentAndTheCaseWaitsUntilItIsFixed() {
        String caseNumber = untilInvitationJob();
        faults.failActivity(STEP, Integer.MAX_VALUE);

        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = invitationJob(caseNumber);
            assertThat(job.getRetries()).isEqualTo(4 - attempt);
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Injected fault");
        }

        Job failed = invitationJob(caseNumber);
        assertThat(failed.getRetries()).isZero();
        String instance = failed.getProcessInstanceId();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).incidentType("failedJob").count())
                .isOne();
        HttpProbe.Response cockpit = new HttpProbe(port).get("/engine-rest/incident?processInstanceId=" + instance,
                "ruben");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.json().get(0).path("activityId").asText()).isEqualTo(STEP);
        assertThat(jdbc.queryForObject("select status from enforcement_case where case_number = ?", String.class,
                caseNumber)).isEqualTo("OPEN");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
                .isPositive();

        faults.reset();
        managementService.setJobRetries(failed.getId(), 1);
        managementService.executeJob(failed.getId());
        caseworker.runJobs(caseNumber);

        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(caseworker.openTaskKeys(caseNumber)).contains("Task_HoldConversation");
    }

    /** A new case whose signal is substantiated; the invitation job is due and not yet run. */
    private String untilInvitationJob() {
        String caseNumber = steps.register(TestSignals.signal("gemeente-groningen"));
        Task assess = caseworker.task(caseNumber, "Task_AssessSignal");
        caseworker.as("carla", () -> {
            taskService.claim(assess.getId(), "carla");
            taskService.complete(assess.getId(), Map.of("signalSubstantiated", true,
                    "negativeDecisionIntended", false));
        });
        for (int round = 0; round < 10 && jobsAt(caseNumber, STEP).isEmpty(); round++) {
            jobsOf(caseNumber).stream().filter(job -> job.getDuedate() == null)
                    .forEach(job -> managementService.executeJob(job.getId()));
        }
        return caseNumber;
    }

    private Job invitationJob(String caseNumber) {
        List<Job> jobs = jobsAt(caseNumber, STEP);
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private List<Job> jobsAt(String caseNumber, String activityId) {
        return jobsOf(caseNumber).stream().filter(job -> activityId.equals(managementService
                .createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
                .toList();
    }

    private List<Job> jobsOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .flatMap(i -> managementService.createJobQuery().processInstanceId(i.getId()).list().stream())
                .toList();
    }
}
