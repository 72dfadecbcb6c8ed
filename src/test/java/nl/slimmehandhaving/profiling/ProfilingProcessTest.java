package nl.slimmehandhaving.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.casefile.CaseFile;
import nl.slimmehandhaving.casefile.CaseFileService;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ProfilingProcess: the proposal advises, the caseworker decides, deviations need a reason. */
class ProfilingProcessTest extends PostgresIntegrationTest {

    private static final String ORGANISATION = "uwv";
    private static final String ANNA = "anna";

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    QuestionnaireCatalogue questionnaires;
    @Autowired
    TaskService taskService;

    @Test
    void clearProfileIsProposedExplainedAndConfirmedByTheCaseworker() {
        String caseNumber = untilQuestionnaire();
        steps.answerQuestionnaireFavouring(ANNA, caseNumber, Posture.DISENGAGEMENT);

        String taskId = caseworker.task(caseNumber, "Task_ConfirmPosture").getId();
        assertThat(taskService.getVariable(taskId, "proposedPosture")).isEqualTo("DISENGAGEMENT");
        assertThat(taskService.getVariable(taskId, "profileClarity")).isEqualTo("CLEAR");
        assertThat(taskService.getVariable(taskId, "posture")).isEqualTo("DISENGAGEMENT");
        assertThat((String) taskService.getVariable(taskId, "postureExplanation"))
                .contains("Onthechting").contains("advies");

        steps.confirmPosture(ANNA, caseNumber, "DISENGAGEMENT", null);

        CaseFile.AssessmentView assessment = file(caseNumber).postureAssessments().get(0);
        assertThat(assessment.confirmedPosture()).isEqualTo("DISENGAGEMENT");
        assertThat(assessment.decidedBy()).isEqualTo(ANNA);
        assertThat(assessment.questionnaireVersion()).isEqualTo(questionnaires.current().version());
        assertThat(assessment.scores().get("DISENGAGEMENT")).isEqualTo(5.0);
        assertThat(file(caseNumber).summary().posture()).isEqualTo("DISENGAGEMENT");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ChooseInstruments");
    }

    @Test
    void overridingTheProposalRequiresAWrittenReason() {
        String caseNumber = untilQuestionnaire();
        steps.answerQuestionnaireFavouring(ANNA, caseNumber, Posture.RESISTANCE);

        assertThatThrownBy(() -> steps.confirmPosture(ANNA, caseNumber, "COMMITMENT", null))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("waarom");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_ConfirmPosture");

        steps.confirmPosture(ANNA, caseNumber, "COMMITMENT", "In het gesprek bleek de weerstand gericht op de vorige instantie.");

        CaseFile.AssessmentView assessment = file(caseNumber).postureAssessments().get(0);
        assertThat(assessment.proposedPosture()).isEqualTo("RESISTANCE");
        assertThat(assessment.confirmedPosture()).isEqualTo("COMMITMENT");
        assertThat(assessment.overrideReason()).contains("vorige instantie");
    }

    @Test
    void mixedProfileIsNotDecidedByTheMachine() {
        String caseNumber = untilQuestionnaire();
        steps.answerQuestionnaire(ANNA, caseNumber,
                ExampleAnswers.mixed(questionnaires.current(), Posture.CAPITULATION, Posture.COMMITMENT));

        String taskId = caseworker.task(caseNumber, "Task_ConfirmPosture").getId();
        assertThat(taskService.getVariable(taskId, "profileClarity")).isEqualTo("MIXED");
        assertThat(taskService.getVariable(taskId, "posture")).isNull();
        assertThat(List.of(taskService.getVariable(taskId, "proposedPosture"), taskService.getVariable(taskId, "alternativePosture")))
                .containsExactlyInAnyOrder("CAPITULATION", "COMMITMENT");
        assertThat((String) taskService.getVariable(taskId, "postureExplanation")).contains("Gemengd");

        assertThatThrownBy(() -> steps.confirmPosture(ANNA, caseNumber, "GAME_PLAYING", null))
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        steps.confirmPosture(ANNA, caseNumber, "CAPITULATION", null);
        assertThat(file(caseNumber).postureAssessments().get(0).confirmedPosture()).isEqualTo("CAPITULATION");
    }

    @Test
    void tooFewAnswersGiveNoProposalAndTheCaseworkerJudgesWithAReason() {
        String caseNumber = untilQuestionnaire();
        steps.answerQuestionnaire(ANNA, caseNumber, ExampleAnswers.almostNothing(questionnaires.current()));

        String taskId = caseworker.task(caseNumber, "Task_ConfirmPosture").getId();
        assertThat(taskService.getVariable(taskId, "profileClarity")).isEqualTo("INSUFFICIENT");
        assertThat(taskService.getVariable(taskId, "proposedPosture")).isNull();
        assertThatThrownBy(() -> steps.confirmPosture(ANNA, caseNumber, "COMMITMENT", ""))
                .hasRootCauseInstanceOf(BadUserRequestException.class);

        steps.confirmPosture(ANNA, caseNumber, "COMMITMENT", "Klant wilde de vragen niet invullen maar werkte in het gesprek goed mee.");
        assertThat(file(caseNumber).postureAssessments().get(0).profileClarity()).isEqualTo("INSUFFICIENT");
    }

    private String untilQuestionnaire() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        steps.assessSignal(ANNA, caseNumber, true, null);
        steps.holdConversation(ANNA, caseNumber, false);
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
        return caseNumber;
    }

    private CaseFile file(String caseNumber) {
        return caseFiles.caseFile(caseNumber, List.of(ORGANISATION));
    }
}
