package nl.slimmehandhaving.cases;

import java.time.Year;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Owns the state of enforcement cases; the processes move it along through this service. */
@Service
@Transactional
public class EnforcementCaseService {

    private final CaseRepository cases;
    private final OutcomeRepository outcomes;
    private final CaseNumberSequence sequence;

    EnforcementCaseService(CaseRepository cases, OutcomeRepository outcomes, CaseNumberSequence sequence) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.sequence = sequence;
    }

    public EnforcementCase open(String organisation, Long clientId, String benefitType) {
        String caseNumber = CaseNumber.format(Year.now(), sequence.next());
        return cases.save(new EnforcementCase(caseNumber, organisation, clientId, benefitType));
    }

    public void linkProcessInstance(Long caseId, String processInstanceId) {
        get(caseId).linkProcessInstance(processInstanceId);
    }

    /** Called from the models as a start listener of each stage. */
    public void enterStage(Long caseId, String stage) {
        get(caseId).enterStage(CaseStage.valueOf(stage));
    }

    public void recordPriority(Long caseId, String priority) {
        get(caseId).recordPriority(priority);
    }

    public void recordSignalAssessment(Long caseId, boolean substantiated) {
        get(caseId).recordSignalAssessment(substantiated);
    }

    public void recordViolationFinding(Long caseId, boolean established) {
        get(caseId).recordViolationFinding(established);
    }

    public void recordPosture(Long caseId, String posture) {
        get(caseId).recordPosture(posture);
    }

    public void intensifyMonitoring(Long caseId) {
        get(caseId).intensifyMonitoring();
    }

    public int escalate(Long caseId) {
        return get(caseId).escalate();
    }

    public int deEscalate(Long caseId) {
        return get(caseId).deEscalate();
    }

    public void close(Long caseId, CaseOutcome outcome, String instrumentsUsed) {
        EnforcementCase enforcementCase = get(caseId);
        enforcementCase.close();
        outcomes.save(new Outcome(enforcementCase, outcome, instrumentsUsed));
    }

    @Transactional(readOnly = true)
    public EnforcementCase get(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No case with id " + caseId));
    }

    /** The case if it exists and belongs to one of the given organisations; otherwise nothing. */
    @Transactional(readOnly = true)
    public Optional<EnforcementCase> findVisible(String caseNumber, Collection<String> organisations) {
        if (!CaseNumber.isWellFormed(caseNumber)) {
            return Optional.empty();
        }
        return cases.findByCaseNumber(caseNumber).filter(c -> organisations.contains(c.getOrganisation()));
    }

    @Transactional(readOnly = true)
    public Page<EnforcementCase> search(Collection<String> organisations, CaseStatus status, CaseStage stage,
                                        String posture, Pageable pageable) {
        return cases.search(organisations, status, stage, posture, pageable);
    }

    @Transactional(readOnly = true)
    public java.util.List<EnforcementCase> casesOfClient(Long clientId) {
        return cases.findByClientIdOrderByOpenedAtAsc(clientId);
    }

    @Transactional(readOnly = true)
    public Optional<Outcome> outcomeOf(Long caseId) {
        return outcomes.findByCaseId(caseId);
    }
}
