package nl.slimmehandhaving.instruments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The instrument mix of a case: the decision's proposal, the caseworker's choice, and what was carried out. */
@Service("instrumentService")
@Transactional
public class InstrumentService {

    private final InstrumentDecisionRepository decisions;
    private final InstrumentExecutionRepository executions;
    private final EnforcementCaseService cases;

    InstrumentService(InstrumentDecisionRepository decisions, InstrumentExecutionRepository executions, EnforcementCaseService cases) {
        this.decisions = decisions;
        this.executions = executions;
        this.cases = cases;
    }

    /** Records the InstrumentChoice result (its matched rows, each with instrument and approach). */
    public InstrumentDecision recordProposal(Long caseId, int pyramidLevel, String posture, boolean violationEstablished,
                                             List<Map<String, Object>> matchedRows) {
        LinkedHashSet<String> instruments = new LinkedHashSet<>();
        LinkedHashSet<String> approaches = new LinkedHashSet<>();
        for (Map<String, Object> row : matchedRows) {
            if (row.get("instrument") != null) {
                instruments.add(row.get("instrument").toString());
            }
            if (row.get("approach") != null) {
                approaches.add(row.get("approach").toString());
            }
        }
        return decisions.save(new InstrumentDecision(caseId, pyramidLevel, posture, violationEstablished,
                new ArrayList<>(instruments), String.join(", ", approaches)));
    }

    /** The caseworker's choice; any change to the proposal needs a reason. */
    public void recordChoice(Long decisionId, List<String> chosen, String reason, String caseworker) {
        if (chosen.isEmpty()) {
            throw new BadUserRequestException("Kies ten minste één instrument. / Choose at least one instrument.");
        }
        List<String> unknown = chosen.stream().filter(code -> !Instrument.isKnown(code)).toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException("Onbekend instrument / unknown instrument: " + String.join(", ", unknown));
        }
        InstrumentDecision decision = decisions.findById(decisionId).orElseThrow();
        if (!decision.isProposal(chosen) && (reason == null || reason.isBlank())) {
            throw new BadUserRequestException("U wijkt af van het voorgestelde instrumentarium: schrijf op waarom. "
                    + "/ You changed the proposed instruments: write down why.");
        }
        decision.recordChoice(chosen, reason, caseworker);
    }

    /** The collection the execution stage iterates over: the latest choice of the case. */
    @Transactional(readOnly = true)
    public List<String> chosenInstrumentCodes(Long caseId) {
        return decisions.findFirstByCaseIdOrderByIdDesc(caseId).map(InstrumentDecision::chosen).orElse(List.of());
    }

    public void recordExecution(Long caseId, String instrument, String notes, String executedBy) {
        executions.save(new InstrumentExecution(caseId, instrument, notes, executedBy));
    }

    public void intensifyMonitoring(Long caseId) {
        cases.intensifyMonitoring(caseId);
    }

    public int escalate(Long caseId) {
        return cases.escalate(caseId);
    }

    public int deEscalate(Long caseId) {
        return cases.deEscalate(caseId);
    }

    @Transactional(readOnly = true)
    public String instrumentsUsed(Long caseId) {
        return executions.findByCaseIdOrderByExecutedAtAscIdAsc(caseId).stream()
                .map(InstrumentExecution::getInstrument).distinct().collect(Collectors.joining(","));
    }

    @Transactional(readOnly = true)
    public List<InstrumentDecision> decisionsOf(Long caseId) {
        return decisions.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<InstrumentExecution> executionsOf(Long caseId) {
        return executions.findByCaseIdOrderByExecutedAtAscIdAsc(caseId);
    }

    static String dutchNames(List<String> codes) {
        return codes.stream().map(code -> Instrument.isKnown(code) ? Instrument.valueOf(code).dutchName() : code)
                .collect(Collectors.joining(", "));
    }
}
