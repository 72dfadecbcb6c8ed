package nl.slimmehandhaving.sanctions;

import static nl.slimmehandhaving.sanctions.SanctionVariables.*;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Sanctie vaststellen" completed: the caseworker's decision, refused without a reason when it deviates. */
@Component("confirmSanctionListener")
class ConfirmSanctionListener implements TaskListener {

    private final SanctionService sanctions;
    private final DecidingCaseworker caseworker;

    ConfirmSanctionListener(SanctionService sanctions, DecidingCaseworker caseworker) {
        this.sanctions = sanctions;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        SanctionCase sanction = sanctions.decide((Long) task.getVariable(SANCTION_CASE_ID), TaskInput.text(task, SANCTION),
                SanctionTaskInput.amount(task, FINE_AMOUNT), TaskInput.text(task, DEVIATION_REASON), caseworker.of(task));
        task.setVariable(NEGATIVE_DECISION, sanction.isNegative());
    }
}
