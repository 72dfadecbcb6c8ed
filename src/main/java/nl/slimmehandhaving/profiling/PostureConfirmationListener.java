package nl.slimmehandhaving.profiling;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.POSTURE;
import static nl.slimmehandhaving.profiling.ProfilingVariables.POSTURE_ASSESSMENT_ID;
import static nl.slimmehandhaving.profiling.ProfilingVariables.POSTURE_OVERRIDE_REASON;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Houding vaststellen" completed: the caseworker's decision, refused without a reason when it deviates. */
@Component("postureConfirmationListener")
class PostureConfirmationListener implements TaskListener {

    private final ProfilingService profiling;
    private final DecidingCaseworker caseworker;

    PostureConfirmationListener(ProfilingService profiling, DecidingCaseworker caseworker) {
        this.profiling = profiling;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        profiling.confirm((Long) task.getVariable(POSTURE_ASSESSMENT_ID), TaskInput.text(task, POSTURE),
                TaskInput.text(task, POSTURE_OVERRIDE_REASON), caseworker.of(task));
    }
}
