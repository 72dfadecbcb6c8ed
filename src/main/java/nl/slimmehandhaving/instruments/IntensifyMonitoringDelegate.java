package nl.slimmehandhaving.instruments;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("intensifyMonitoringDelegate")
class IntensifyMonitoringDelegate implements JavaDelegate {

    private final InstrumentService instruments;

    IntensifyMonitoringDelegate(InstrumentService instruments) {
        this.instruments = instruments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        instruments.intensifyMonitoring((Long) execution.getVariable(CASE_ID));
        execution.setVariable(InstrumentVariables.EXECUTION_NOTES, "Verscherpt toezicht ingesteld");
    }
}
