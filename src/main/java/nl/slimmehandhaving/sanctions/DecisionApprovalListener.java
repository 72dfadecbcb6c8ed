package nl.slimmehandhaving.sanctions;

import static nl.slimmehandhaving.sanctions.SanctionVariables.*;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes on "Besluit goedkeuren", in the engine: whoever prepared or weighed the decision can neither be
 * assigned this task nor complete it; a rejection needs a reason and sends the decision back.
 */
@Component("decisionApprovalListener")
class DecisionApprovalListener implements TaskListener {

    private final SanctionService sanctions;
    private final DecidingCaseworker caseworker;

    DecisionApprovalListener(SanctionService sanctions, DecidingCaseworker caseworker) {
        this.sanctions = sanctions;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        Long sanctionCaseId = (Long) task.getVariable(SANCTION_CASE_ID);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (task.getAssignee() != null) {
                sanctions.requireSecondPair(sanctionCaseId, task.getAssignee());
            }
            return;
        }
        String senior = caseworker.of(task);
        if (TaskInput.bool(task, DECISION_APPROVED)) {
            sanctions.approve(sanctionCaseId, senior);
        } else {
            sanctions.reject(sanctionCaseId, senior, TaskInput.text(task, REJECTION_REASON));
        }
    }
}
