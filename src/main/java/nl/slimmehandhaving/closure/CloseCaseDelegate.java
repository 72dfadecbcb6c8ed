package nl.slimmehandhaving.closure;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.cases.EnforcementCaseVariables.OUTCOME;

import nl.slimmehandhaving.cases.CaseOutcome;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.instruments.InstrumentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case with the outcome the model passes in, the instruments used and the final posture. */
@Component("closeCaseDelegate")
class CloseCaseDelegate implements JavaDelegate {

    private final EnforcementCaseService cases;
    private final InstrumentService instruments;

    CloseCaseDelegate(EnforcementCaseService cases, InstrumentService instruments) {
        this.cases = cases;
        this.instruments = instruments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(CASE_ID);
        cases.close(caseId, CaseOutcome.valueOf((String) execution.getVariableLocal(OUTCOME)),
                instruments.instrumentsUsed(caseId));
    }
}
