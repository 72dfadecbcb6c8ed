package nl.slimmehandhaving.instruments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The information letter (voorlichtingsbrief). Letter rendering is not built yet (issue 3); the step
 * records what was to be sent, and Task_RecordInstrumentExecuted stores it with the case.
 */
@Component("sendInformationLetterDelegate")
class SendInformationLetterDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(InstrumentVariables.EXECUTION_NOTES,
                "Voorlichtingsbrief over de inlichtingenplicht klaargezet voor verzending");
    }
}
