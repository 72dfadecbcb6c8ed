package nl.slimmehandhaving.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import nl.slimmehandhaving.intake.SignalService;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.security.HttpProbe;
import nl.slimmehandhaving.security.TenantProbeSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the application on one PostgreSQL database, both with their job executor running, as a
 * homogeneous Camunda cluster behind a load balancer: two users completing the same task at the same moment on
 * different nodes get one success and one 409 conflict, and due timers fire exactly once across the nodes.
 * Tagged {@code own-jvm} (two more Camunda contexts with running job executors), so it runs in
 * {@code mvn -Pload test}, one JVM per class.
 */
@Tag("own-jvm")
class TwoNodesTest {

    static final int TIMER_CASES = 10;
    static final String ORGANISATION = "gemeente-groningen";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static EmbeddedPostgres database;
    static Node nodeA;
    static Node nodeB;

    @BeforeAll
    static void startTwoNodes() {
        database = Node.database();
        nodeA = Node.start(database, "nodeA", true, NodeProbe.class);
        nodeB = Node.start(database, "nodeB", true, NodeProbe.class);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        nodeB.close();
        nodeA.close();
        database.close();
    }

    @Test
    void twoUsersCompletingTheSameTaskOnTwoNodesGetOneSuccessAndOneConflict() {
        TenantProbeSupport probes = new TenantProbeSupport(nodeA.bean(RepositoryService.class),
                nodeA.bean(RuntimeService.class), nodeA.bean(TaskService.class));
        probes.deploy();
        Task task = probes.start(ORGANISATION);
        NodeProbe.holdNextTwoCompletions();

        CompletableFuture<HttpProbe.Response> carlaOnA = CompletableFuture.supplyAsync(() ->
                new HttpProbe(nodeA.port()).postJson(nodeA.engineRest("task/" + task.getId() + "/complete"), "carla", "{}"));
        CompletableFuture<HttpProbe.Response> daanOnB = CompletableFuture.supplyAsync(() ->
                new HttpProbe(nodeB.port()).postJson(nodeB.engineRest("task/" + task.getId() + "/complete"), "daan", "{}"));
        List<HttpProbe.Response> answers = List.of(carlaOnA.join(), daanOnB.join());

        assertThat(NodeProbe.completionsOverlapped()).as("both completions read the task before either wrote").isTrue();
        assertThat(answers).extracting(HttpProbe.Response::status).as(answers.toString())
                .containsExactlyInAnyOrder(204, 409);
        assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().body())
                .contains("Someone else changed this at the same time");
        assertThat(nodeB.bean(HistoryService.class).createHistoricActivityInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).activityId("EndEvent_Probe").count()).isOne();
        assertThat(nodeB.bean(TaskService.class).createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void dueTimersFireExactlyOnceAcrossTheNodes() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < TIMER_CASES; i++) {
            cases.add(nodeA.bean(SignalService.class).register(TestSignals.signal(ORGANISATION)).caseNumber());
        }
        for (int i = 0; i < cases.size(); i++) {
            assessOn(i % 2 == 0 ? nodeA : nodeB, cases.get(i));
        }
        ManagementService management = nodeA.bean(ManagementService.class);
        List<Job> timers = new ArrayList<>();
        for (String caseNumber : cases) {
            await(() -> noShowTimers(caseNumber).size() == 1, "no-show timer of " + caseNumber);
            timers.add(noShowTimers(caseNumber).get(0));
        }
        Map<String, Integer> startsBefore = NodeProbe.startsPerEngine("Timer_NoShow");

        Date now = new Date();
        timers.forEach(timer -> management.setJobDuedate(timer.getId(), now));

        TaskService tasks = nodeB.bean(TaskService.class);
        await(() -> cases.stream().allMatch(caseNumber -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("Task_HoldSecondConversation").count() == 1), "second conversations");
        HistoryService history = nodeB.bean(HistoryService.class);
        for (String caseNumber : cases) {
            assertThat(history.createHistoricActivityInstanceQuery().activityId("Timer_NoShow")
                    .processInstanceId(contactProcessOf(caseNumber)).count()).as("timer of %s", caseNumber).isOne();
            assertThat(history.createHistoricActivityInstanceQuery().activityId("Task_SendReminder")
                    .processInstanceId(contactProcessOf(caseNumber)).count()).as("reminder of %s", caseNumber).isOne();
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list())
                    .extracting(Task::getTaskDefinitionKey).containsExactly("Task_HoldSecondConversation");
        }
        assertThat(nodeA.bean(RuntimeService.class).createIncidentQuery().count()).isZero();
        Map<String, Integer> fired = new HashMap<>(NodeProbe.startsPerEngine("Timer_NoShow"));
        startsBefore.forEach((engine, count) -> fired.merge(engine, -count, Integer::sum));
        assertThat(fired.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(TIMER_CASES);
        System.out.printf("%nTWO NODES: %d no-show timers fired once each; per engine %s%n", TIMER_CASES, fired);
    }

    private static void assessOn(Node node, String caseNumber) {
        TaskService tasks = node.bean(TaskService.class);
        await(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_AssessSignal")
                .count() == 1, "assessment task of " + caseNumber);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_AssessSignal")
                .singleResult();
        Map<String, Object> form = new HashMap<>();
        form.put("signalSubstantiated", true);
        form.put("negativeDecisionIntended", false);
        form.put("triageReason", null);
        node.bean(CaseworkerActions.class).as("carla", () -> {
            tasks.claim(task.getId(), "carla");
            tasks.complete(task.getId(), form);
        });
    }

    private static List<Job> noShowTimers(String caseNumber) {
        ManagementService management = nodeA.bean(ManagementService.class);
        String contactProcess = contactProcessOf(caseNumber);
        if (contactProcess == null) {
            return List.of();
        }
        return management.createJobQuery().processInstanceId(contactProcess).timers().list().stream()
                .filter(job -> "Timer_NoShow".equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
                .toList();
    }

    private static String contactProcessOf(String caseNumber) {
        return nodeA.bean(HistoryService.class).createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).processDefinitionKey("ContactProcess").list().stream()
                .map(instance -> instance.getId()).findFirst().orElse(null);
    }

    private static void await(BooleanSupplier condition, String what) {
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("Waited " + PATIENCE + " for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what);
            }
        }
    }
}
