package nl.slimmehandhaving.sanctions;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.sanctions.SanctionVariables.*;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Feiten en verwijtbaarheid vaststellen" completed: stores the facts and derives the history inputs. */
@Component("establishFactsListener")
class EstablishFactsListener implements TaskListener {

    private final SanctionService sanctions;
    private final DecidingCaseworker caseworker;

    EstablishFactsListener(SanctionService sanctions, DecidingCaseworker caseworker) {
        this.sanctions = sanctions;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        Facts facts = new Facts(SanctionTaskInput.amount(task, OVERPAYMENT_AMOUNT), TaskInput.text(task, CULPABILITY),
                TaskInput.text(task, CULPABILITY_REASONING), TaskInput.bool(task, SELF_REPORTED),
                TaskInput.bool(task, URGENT_REASONS), TaskInput.bool(task, LIMITED_MEANS_TO_PAY));
        SanctionCase sanction = sanctions.establishFacts((Long) task.getVariable(CASE_ID), facts, caseworker.of(task));
        task.setVariable(SANCTION_CASE_ID, sanction.getId());
        task.setVariable(OVERPAYMENT_AMOUNT, sanction.getOverpaymentAmount().doubleValue());
        task.setVariable(REPEAT_OFFENCE, sanction.isRepeatOffence());
        task.setVariable(WARNING_WITHIN_TWO_YEARS, sanction.isWarningWithinTwoYears());
        task.setVariable(SELF_REPORTED, sanction.isSelfReported());
    }
}
