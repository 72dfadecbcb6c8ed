package nl.slimmehandhaving.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.letters.LetterService;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import nl.slimmehandhaving.profiling.ExampleAnswers;
import nl.slimmehandhaving.profiling.Posture;
import nl.slimmehandhaving.profiling.QuestionnaireCatalogue;
import nl.slimmehandhaving.profiling.QuestionnaireLetters;
import nl.slimmehandhaving.profiling.QuestionnaireLinkService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The application is stopped in the middle of three cases and started again on the same database: the case waiting
 * at a user task, the one waiting for its no-show timer and the one waiting for the client's online questionnaire
 * (a message) all continue to their next step. Two application contexts one after the other in one JVM, each with
 * its own engine name; tagged {@code own-jvm} so it runs in {@code mvn -Pload test}, one JVM per class.
 */
@Tag("own-jvm")
class RestartTest {

    static final String ANNA = "anna";
    static final String ORGANISATION = "uwv";
    static final EmbeddedPostgres DATABASE = Node.database();

    @AfterAll
    static void stopDatabase() throws Exception {
        DATABASE.close();
    }

    @Test
    void everyWaitingCaseContinuesAfterARestart() {
        String atTask;
        String atTimer;
        String atMessage;
        String timerJobId;
        String token;
        long deployments;
        try (Node before = Node.start(DATABASE, "beforeRestart", false)) {
            CaseworkSteps steps = before.bean(CaseworkSteps.class);
            CaseworkerActions caseworker = before.bean(CaseworkerActions.class);

            atTask = untilConversation(steps);
            atTimer = untilConversation(steps);
            timerJobId = noShowTimer(before, atTimer).getId();
            atMessage = untilConversation(steps);
            steps.holdConversation(ANNA, atMessage, false);
            caseworker.claimAndComplete(ANNA, atMessage, "Task_RecordQuestionnaire", Map.of("questionnaireOnline", true));
            assertThat(waitingForQuestionnaire(before, atMessage)).isOne();
            token = tokenSentIn(before, atMessage);
            deployments = before.bean(RepositoryService.class).createDeploymentQuery().count();
        }

        try (Node after = Node.start(DATABASE, "afterRestart", false)) {
            CaseworkSteps steps = after.bean(CaseworkSteps.class);
            CaseworkerActions caseworker = after.bean(CaseworkerActions.class);
            assertThat(after.bean(RepositoryService.class).createDeploymentQuery().count())
                    .as("an unchanged restart deploys nothing").isEqualTo(deployments);

            assertThat(caseworker.openTaskKeys(atTask)).containsExactly("Task_HoldConversation");
            steps.holdConversation(ANNA, atTask, false);
            assertThat(caseworker.openTaskKeys(atTask)).containsExactly("Task_RecordQuestionnaire");

            assertThat(noShowTimer(after, atTimer).getId()).isEqualTo(timerJobId);
            caseworker.fireTimer(atTimer, "Timer_NoShow");
            assertThat(caseworker.openTaskKeys(atTimer)).containsExactly("Task_HoldSecondConversation");

            assertThat(waitingForQuestionnaire(after, atMessage)).isOne();
            QuestionnaireCatalogue questionnaires = after.bean(QuestionnaireCatalogue.class);
            Map<String, String> answers = ExampleAnswers.favouring(questionnaires.current(), Posture.COMMITMENT)
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
            assertThat(after.bean(QuestionnaireLinkService.class).submit(token, answers))
                    .isEqualTo(QuestionnaireLinkService.State.OPEN);
            caseworker.runJobs(atMessage);
            assertThat(waitingForQuestionnaire(after, atMessage)).isZero();
            assertThat(caseworker.openTaskKeys(atMessage)).containsExactly("Task_ConfirmPosture");
        }
    }

    private static String untilConversation(CaseworkSteps steps) {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        steps.assessSignal(ANNA, caseNumber, true, null);
        return caseNumber;
    }

    private static Job noShowTimer(Node node, String caseNumber) {
        RuntimeService runtime = node.bean(RuntimeService.class);
        ManagementService management = node.bean(ManagementService.class);
        List<Job> timers = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers().list()
                        .stream())
                .filter(job -> "Timer_NoShow".equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
                .toList();
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    private static long waitingForQuestionnaire(Node node, String caseNumber) {
        return node.bean(RuntimeService.class).createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName("Msg_QuestionnaireAnswered").count();
    }

    private static String tokenSentIn(Node node, String caseNumber) {
        return QuestionnaireLetters.linkSent(node.bean(LetterService.class), node.bean(EnforcementCaseService.class),
                caseNumber, ORGANISATION).group(1);
    }
}
