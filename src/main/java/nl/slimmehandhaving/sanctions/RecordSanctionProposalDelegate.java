package nl.slimmehandhaving.sanctions;

import static nl.slimmehandhaving.sanctions.SanctionVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores SanctionDecision's proposal and prefills the caseworker's decision with it. */
@Component("recordSanctionProposalDelegate")
class RecordSanctionProposalDelegate implements JavaDelegate {

    private final SanctionService sanctions;

    RecordSanctionProposalDelegate(SanctionService sanctions) {
        this.sanctions = sanctions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) execution.getVariable(SANCTION_PROPOSAL);
        SanctionCase sanction = sanctions.recordProposal((Long) execution.getVariable(SANCTION_CASE_ID), result);
        execution.setVariable(PROPOSED_SANCTION, sanction.getProposedSanction());
        execution.setVariable(PROPOSED_FINE_AMOUNT, sanction.getProposedFineAmount().doubleValue());
        execution.setVariable(SANCTION_EXPLANATION, sanction.getProposalExplanation());
        execution.setVariable(SANCTION, sanction.getProposedSanction());
        execution.setVariable(FINE_AMOUNT, sanction.getProposedFineAmount().doubleValue());
    }
}
