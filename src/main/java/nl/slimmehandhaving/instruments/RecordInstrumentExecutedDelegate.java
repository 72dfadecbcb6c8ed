package nl.slimmehandhaving.instruments;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.instruments.InstrumentVariables.EXECUTION_NOTES;
import static nl.slimmehandhaving.instruments.InstrumentVariables.INSTRUMENT;

import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Records the instrument as carried out, by the user whose completed task led here (or the system). */
@Component("recordInstrumentExecutedDelegate")
class RecordInstrumentExecutedDelegate implements JavaDelegate {

    private final InstrumentService instruments;
    private final IdentityService identityService;

    RecordInstrumentExecutedDelegate(InstrumentService instruments, IdentityService identityService) {
        this.instruments = instruments;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication authentication = identityService.getCurrentAuthentication();
        String executedBy = authentication == null || authentication.getUserId() == null
                ? "system" : authentication.getUserId();
        instruments.recordExecution((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(INSTRUMENT),
                TaskInput.text(execution, EXECUTION_NOTES), executedBy);
    }
}
