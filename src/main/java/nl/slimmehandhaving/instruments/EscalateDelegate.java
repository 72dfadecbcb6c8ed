package nl.slimmehandhaving.instruments;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.cases.EnforcementCaseVariables.PYRAMID_LEVEL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One step up the enforcement pyramid after non-compliance. */
@Component("escalateDelegate")
class EscalateDelegate implements JavaDelegate {

    private final InstrumentService instruments;

    EscalateDelegate(InstrumentService instruments) {
        this.instruments = instruments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(PYRAMID_LEVEL, instruments.escalate((Long) execution.getVariable(CASE_ID)));
    }
}
