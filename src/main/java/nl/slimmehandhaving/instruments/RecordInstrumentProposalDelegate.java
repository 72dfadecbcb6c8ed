package nl.slimmehandhaving.instruments;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.*;
import static nl.slimmehandhaving.instruments.InstrumentVariables.*;

import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/** Stores the proposed mix and pre-fills the choice form with it. */
@Component("recordInstrumentProposalDelegate")
class RecordInstrumentProposalDelegate implements JavaDelegate {

    private final InstrumentService instruments;

    RecordInstrumentProposalDelegate(InstrumentService instruments) {
        this.instruments = instruments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable(INSTRUMENT_PROPOSAL);
        InstrumentDecision decision = instruments.recordProposal((Long) execution.getVariable(CASE_ID),
                ((Number) execution.getVariable(PYRAMID_LEVEL)).intValue(), (String) execution.getVariable(POSTURE),
                TaskInput.bool(execution, VIOLATION_ESTABLISHED), rows);
        execution.setVariable(INSTRUMENT_DECISION_ID, decision.getId());
        execution.setVariable(PROPOSED_INSTRUMENTS_TEXT, InstrumentService.dutchNames(decision.proposed()));
        execution.setVariable(APPROACH, decision.getApproach());
        execution.setVariable(CHOSEN_INSTRUMENTS, SpinValues.jsonValue(Spin.JSON(decision.proposed())).create());
        execution.removeVariable(INSTRUMENT_CHANGE_REASON);
    }
}
