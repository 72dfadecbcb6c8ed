package nl.slimmehandhaving.profiling;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.POSTURE;
import static nl.slimmehandhaving.profiling.ProfilingVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the proposal; only a clear profile pre-fills the posture field, a mixed one is left to the caseworker. */
@Component("recordPostureProposalDelegate")
class RecordPostureProposalDelegate implements JavaDelegate {

    private final ProfilingService profiling;

    RecordPostureProposalDelegate(ProfilingService profiling) {
        this.profiling = profiling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> proposal = (Map<String, Object>) execution.getVariable(POSTURE_PROPOSAL);
        String proposed = (String) proposal.get(PROPOSED_POSTURE);
        String alternative = (String) proposal.get(ALTERNATIVE_POSTURE);
        String clarity = (String) proposal.get(PROFILE_CLARITY);
        String explanation = profiling.recordProposal((Long) execution.getVariable(POSTURE_ASSESSMENT_ID),
                proposed, alternative, clarity);
        execution.setVariable(PROPOSED_POSTURE, proposed);
        execution.setVariable(ALTERNATIVE_POSTURE, alternative);
        execution.setVariable(PROFILE_CLARITY, clarity);
        execution.setVariable(POSTURE_EXPLANATION, explanation);
        execution.setVariable(POSTURE, "CLEAR".equals(clarity) ? proposed : null);
    }
}
