package nl.slimmehandhaving.profiling;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.profiling.ProfilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("scorePostureDelegate")
class ScorePostureDelegate implements JavaDelegate {

    private final ProfilingService profiling;

    ScorePostureDelegate(ProfilingService profiling) {
        this.profiling = profiling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(CASE_ID);
        PostureAssessment assessment = Boolean.TRUE.equals(execution.getVariable(QUESTIONNAIRE_ANSWERED_ONLINE))
                ? profiling.scoreOnlineAnswers(caseId, (Long) execution.getVariable(QUESTIONNAIRE_LINK_ID))
                : profiling.score(caseId, execution.getVariables());
        PostureScores scores = assessment.scores();
        for (Posture posture : Posture.values()) {
            execution.setVariable(scoreVariable(posture), scores.of(posture));
        }
        execution.setVariable(ANSWERED_SHARE, scores.answeredShare());
        execution.setVariable(POSTURE_ASSESSMENT_ID, assessment.getId());
    }
}
