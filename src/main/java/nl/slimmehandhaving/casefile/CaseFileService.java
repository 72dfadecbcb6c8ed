package nl.slimmehandhaving.casefile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.cases.CaseNotFoundException;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.cases.CaseStage;
import nl.slimmehandhaving.cases.CaseStatus;
import nl.slimmehandhaving.cases.EnforcementCase;
import nl.slimmehandhaving.clients.Client;
import nl.slimmehandhaving.clients.ClientService;
import nl.slimmehandhaving.contact.ContactService;
import nl.slimmehandhaving.instruments.InstrumentService;
import nl.slimmehandhaving.intake.SignalService;
import nl.slimmehandhaving.monitoring.MonitoringService;
import nl.slimmehandhaving.profiling.Posture;
import nl.slimmehandhaving.profiling.PostureAssessment;
import nl.slimmehandhaving.profiling.PostureScores;
import nl.slimmehandhaving.profiling.ProfilingService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the case file from the feature services; reads only. */
@Service
@Transactional(readOnly = true)
public class CaseFileService {

    private final EnforcementCaseService cases;
    private final ClientService clients;
    private final SignalService signals;
    private final ContactService contacts;
    private final ProfilingService profiling;
    private final InstrumentService instruments;
    private final MonitoringService monitoring;

    CaseFileService(EnforcementCaseService cases, ClientService clients, SignalService signals, ContactService contacts,
                    ProfilingService profiling, InstrumentService instruments, MonitoringService monitoring) {
        this.cases = cases;
        this.clients = clients;
        this.signals = signals;
        this.contacts = contacts;
        this.profiling = profiling;
        this.instruments = instruments;
        this.monitoring = monitoring;
    }

    public Page<CaseSummary> search(Collection<String> organisations, CaseStatus status, CaseStage stage, String posture,
                                    Pageable pageable) {
        return cases.search(organisations, status, stage, posture, pageable).map(CaseSummary::of);
    }

    public CaseFile caseFile(String caseNumber, Collection<String> organisations) {
        EnforcementCase c = cases.findVisible(caseNumber, organisations)
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        Client client = clients.get(c.getClientId());
        return new CaseFile(
                CaseSummary.of(c),
                new CaseFile.ClientView(client.getName(), client.getBsnMasked(), client.getPreferredChannel()),
                c.getSignalSubstantiated(),
                c.getViolationEstablished(),
                c.isIntensifiedMonitoring(),
                signals.signalsOf(c.getId()).stream().map(s -> new CaseFile.SignalView(s.getExternalReference(),
                        s.getSource(), s.getSignalType(), s.getDescription(), s.getEstimatedAmount(), s.getReceivedOn(),
                        s.getAssessmentReason(), s.getAssessedBy(), s.getAssessedAt())).toList(),
                contacts.momentsOf(c.getId()).stream().map(m -> new CaseFile.ContactView(m.getKind().name(),
                        m.getChannel(), m.getSummary(), m.getClientExplanation(), m.getRecordedBy(),
                        m.getRecordedAt())).toList(),
                profiling.assessmentsOf(c.getId()).stream().map(this::assessmentView).toList(),
                postureHistory(client),
                instruments.decisionsOf(c.getId()).stream().map(d -> new CaseFile.InstrumentDecisionView(
                        d.getPyramidLevel(), d.getPosture(), d.isViolationEstablished(), d.proposed(),
                        d.getApproach(), d.chosen(), d.getChangeReason(), d.getDecidedBy(), d.getDecidedAt())).toList(),
                instruments.executionsOf(c.getId()).stream().map(e -> new CaseFile.InstrumentExecutionView(
                        e.getInstrument(), e.getNotes(), e.getExecutedBy(), e.getExecutedAt())).toList(),
                monitoring.checksOf(c.getId()).stream().map(k -> new CaseFile.ComplianceView(k.getPyramidLevel(),
                        k.isCompliant(), k.getNotes(), k.getCheckedBy(), k.getCheckedAt())).toList(),
                cases.outcomeOf(c.getId()).map(o -> new CaseFile.OutcomeView(o.getOutcome().name(),
                        o.getFinalPosture(), o.getFinalPyramidLevel(), o.getInstrumentsUsed(),
                        o.getRecordedAt())).orElse(null));
    }

    /** Every confirmed posture of this client in this organisation, across cases, oldest first. */
    private List<CaseFile.PostureHistoryEntry> postureHistory(Client client) {
        Map<Long, String> caseNumbers = new LinkedHashMap<>();
        cases.casesOfClient(client.getId()).forEach(c -> caseNumbers.put(c.getId(), c.getCaseNumber()));
        return profiling.assessmentsOf(List.copyOf(caseNumbers.keySet())).stream()
                .filter(a -> a.getConfirmedPosture() != null)
                .map(a -> new CaseFile.PostureHistoryEntry(caseNumbers.get(a.getCaseId()), a.getConfirmedPosture(),
                        a.getDecidedBy(), a.getDecidedAt()))
                .toList();
    }

    private CaseFile.AssessmentView assessmentView(PostureAssessment a) {
        PostureScores scores = a.scores();
        Map<String, Double> byPosture = new LinkedHashMap<>();
        for (Posture posture : Posture.values()) {
            byPosture.put(posture.name(), scores.of(posture));
        }
        return new CaseFile.AssessmentView(a.getQuestionnaireVersion(), byPosture, scores.answeredShare(),
                a.getProposedPosture(), a.getAlternativePosture(), a.getProfileClarity(), a.getConfirmedPosture(),
                a.getOverrideReason(), a.getDecidedBy(), a.getDecidedAt(), a.isAnsweredOnline(),
                profiling.drivingAnswersOf(a).stream().map(d -> new CaseFile.DrivingAnswerView(d.posture(),
                        d.itemCode(), d.itemText(), d.answer(), d.reverseScored())).toList());
    }
}
