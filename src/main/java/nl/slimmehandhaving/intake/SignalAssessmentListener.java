package nl.slimmehandhaving.intake;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.cases.EnforcementCaseVariables.NEGATIVE_DECISION_INTENDED;
import static nl.slimmehandhaving.cases.EnforcementCaseVariables.SIGNAL_SUBSTANTIATED;
import static nl.slimmehandhaving.intake.IntakeVariables.TRIAGE_REASON;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Signaal beoordelen" completed: a signal set aside needs a reason; the assessment is recorded. */
@Component("signalAssessmentListener")
class SignalAssessmentListener implements TaskListener {

    private final SignalService signals;
    private final DecidingCaseworker caseworker;

    SignalAssessmentListener(SignalService signals, DecidingCaseworker caseworker) {
        this.signals = signals;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean substantiated = TaskInput.bool(task, SIGNAL_SUBSTANTIATED);
        String reason = TaskInput.text(task, TRIAGE_REASON);
        if (!substantiated && reason == null) {
            throw new BadUserRequestException("Geef een reden waarom het signaal niet onderbouwd is. "
                    + "/ Give a reason why the signal is not substantiated.");
        }
        task.getExecution().setVariable(SIGNAL_SUBSTANTIATED, substantiated);
        task.getExecution().setVariable(NEGATIVE_DECISION_INTENDED, TaskInput.bool(task, NEGATIVE_DECISION_INTENDED));
        signals.recordAssessment((Long) task.getVariable(CASE_ID), substantiated, reason, caseworker.of(task));
    }
}
