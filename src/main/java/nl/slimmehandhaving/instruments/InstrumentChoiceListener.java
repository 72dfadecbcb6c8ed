package nl.slimmehandhaving.instruments;

import static nl.slimmehandhaving.instruments.InstrumentVariables.*;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Instrumenten kiezen" completed: the choice is recorded, refused when it deviates without a reason. */
@Component("instrumentChoiceListener")
class InstrumentChoiceListener implements TaskListener {

    private final InstrumentService instruments;
    private final DecidingCaseworker caseworker;

    InstrumentChoiceListener(InstrumentService instruments, DecidingCaseworker caseworker) {
        this.instruments = instruments;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        instruments.recordChoice((Long) task.getVariable(INSTRUMENT_DECISION_ID),
                ChosenInstruments.from(task.getVariable(CHOSEN_INSTRUMENTS)),
                TaskInput.text(task, INSTRUMENT_CHANGE_REASON), caseworker.of(task));
    }
}
