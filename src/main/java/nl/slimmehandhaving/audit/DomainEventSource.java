package nl.slimmehandhaving.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.slimmehandhaving.cases.EnforcementCase;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.contact.ContactMoment;
import nl.slimmehandhaving.contact.ContactService;
import nl.slimmehandhaving.instruments.InstrumentDecision;
import nl.slimmehandhaving.instruments.InstrumentExecution;
import nl.slimmehandhaving.instruments.InstrumentService;
import nl.slimmehandhaving.intake.Signal;
import nl.slimmehandhaving.intake.SignalService;
import nl.slimmehandhaving.monitoring.ComplianceCheck;
import nl.slimmehandhaving.monitoring.MonitoringService;
import nl.slimmehandhaving.profiling.PostureAssessment;
import nl.slimmehandhaving.profiling.ProfilingService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The decisions and facts our own tables hold: the signal, contact moments, posture proposals and the caseworker's
 * confirmation or override with reason, instrument proposals and choices with reason, executions, compliance checks
 * and the outcome.
 */
@Component
@Order(40)
class DomainEventSource implements TimelineSource {

    private final EnforcementCaseService cases;
    private final SignalService signals;
    private final ContactService contacts;
    private final ProfilingService profiling;
    private final InstrumentService instruments;
    private final MonitoringService monitoring;

    DomainEventSource(EnforcementCaseService cases, SignalService signals, ContactService contacts,
                      ProfilingService profiling, InstrumentService instruments, MonitoringService monitoring) {
        this.cases = cases;
        this.signals = signals;
        this.contacts = contacts;
        this.profiling = profiling;
        this.instruments = instruments;
        this.monitoring = monitoring;
    }

    @Override
    public List<TimelineEntry> entriesOf(AuditedCase auditedCase) {
        Long caseId = auditedCase.caseId();
        EnforcementCase enforcementCase = cases.get(caseId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Signal s : signals.signalsOf(caseId)) {
            entries.add(entry(enforcementCase.getOpenedAt(), TimelineEntry.Kind.SIGNAL,
                    "Signaal ontvangen van " + s.getSource() + ": " + s.getSignalType() + " (kenmerk "
                            + s.getExternalReference() + ", ontvangen op " + s.getReceivedOn() + ")", null,
                    Details.of().put("bron", s.getSource()).put("soort", s.getSignalType())
                            .put("kenmerk", s.getExternalReference()).put("omschrijving", s.getDescription())
                            .put("geschatBedrag", s.getEstimatedAmount()).put("ontvangenOp", s.getReceivedOn())));
            if (s.getAssessedAt() != null) {
                entries.add(entry(s.getAssessedAt(), TimelineEntry.Kind.SIGNAL,
                        "Signaal beoordeeld door " + s.getAssessedBy()
                                + (s.getAssessmentReason() != null ? ": " + s.getAssessmentReason() : ""),
                        s.getAssessedBy(), Details.of().put("reden", s.getAssessmentReason())
                                .put("onderbouwd", enforcementCase.getSignalSubstantiated())));
            }
        }
        for (ContactMoment m : contacts.momentsOf(caseId)) {
            entries.add(entry(m.getRecordedAt(), TimelineEntry.Kind.CONTACT, contactDescription(m),
                    m.getRecordedBy(), Details.of().put("soort", m.getKind().name()).put("kanaal", m.getChannel())
                            .put("samenvatting", m.getSummary()).put("uitlegKlant", m.getClientExplanation())));
        }
        for (PostureAssessment a : profiling.assessmentsOf(caseId)) {
            entries.add(entry(a.getCreatedAt(), TimelineEntry.Kind.POSTURE,
                    "Houding voorgesteld: " + a.getProposedPosture()
                            + (a.getAlternativePosture() != null ? " (alternatief " + a.getAlternativePosture() + ")" : "")
                            + (a.getProfileClarity() != null ? ", profiel " + a.getProfileClarity() : ""),
                    null, Details.of().put("voorgesteld", a.getProposedPosture())
                            .put("alternatief", a.getAlternativePosture()).put("duidelijkheid", a.getProfileClarity())
                            .put("vragenlijstversie", a.getQuestionnaireVersion())
                            .put("beantwoordAandeel", a.scores().answeredShare())));
            if (a.getDecidedAt() != null) {
                boolean overridden = a.getProposedPosture() != null
                        && !a.getProposedPosture().equals(a.getConfirmedPosture());
                entries.add(entry(a.getDecidedAt(), TimelineEntry.Kind.POSTURE,
                        (overridden ? "Houding afwijkend vastgesteld door " : "Houding bevestigd door ")
                                + a.getDecidedBy() + ": " + a.getConfirmedPosture()
                                + (a.getOverrideReason() != null ? ", reden: " + a.getOverrideReason() : ""),
                        a.getDecidedBy(), Details.of().put("voorgesteld", a.getProposedPosture())
                                .put("vastgesteld", a.getConfirmedPosture()).put("afgeweken", overridden)
                                .put("reden", a.getOverrideReason())));
            }
        }
        for (InstrumentDecision d : instruments.decisionsOf(caseId)) {
            entries.add(entry(d.getCreatedAt(), TimelineEntry.Kind.INSTRUMENT,
                    "Instrumenten voorgesteld op trede " + d.getPyramidLevel() + ": " + String.join(", ", d.proposed()),
                    null, Details.of().put("trede", d.getPyramidLevel()).put("houding", d.getPosture())
                            .put("overtreding", d.isViolationEstablished()).put("voorgesteld", d.proposed())
                            .put("aanpak", d.getApproach())));
            if (d.getDecidedAt() != null) {
                boolean changed = !d.chosen().equals(d.proposed());
                entries.add(entry(d.getDecidedAt(), TimelineEntry.Kind.INSTRUMENT,
                        (changed ? "Instrumenten gewijzigd door " : "Instrumenten overgenomen door ")
                                + d.getDecidedBy() + ": " + String.join(", ", d.chosen())
                                + (d.getChangeReason() != null ? ", reden: " + d.getChangeReason() : ""),
                        d.getDecidedBy(), Details.of().put("voorgesteld", d.proposed()).put("gekozen", d.chosen())
                                .put("gewijzigd", changed).put("reden", d.getChangeReason())));
            }
        }
        for (InstrumentExecution e : instruments.executionsOf(caseId)) {
            entries.add(entry(e.getExecutedAt(), TimelineEntry.Kind.INSTRUMENT,
                    "Instrument uitgevoerd door " + e.getExecutedBy() + ": " + e.getInstrument(), e.getExecutedBy(),
                    Details.of().put("instrument", e.getInstrument()).put("notities", e.getNotes())));
        }
        for (ComplianceCheck k : monitoring.checksOf(caseId)) {
            entries.add(entry(k.getCheckedAt(), TimelineEntry.Kind.COMPLIANCE,
                    "Naleving gecontroleerd door " + k.getCheckedBy() + ": "
                            + (k.isCompliant() ? "klant leeft de regels na" : "klant leeft de regels niet na"),
                    k.getCheckedBy(), Details.of().put("trede", k.getPyramidLevel()).put("naleeft", k.isCompliant())
                            .put("notities", k.getNotes())));
        }
        cases.outcomeOf(caseId).ifPresent(o -> entries.add(entry(o.getRecordedAt(), TimelineEntry.Kind.OUTCOME,
                "Zaak afgesloten met uitkomst " + o.getOutcome(), null,
                Details.of().put("uitkomst", o.getOutcome().name()).put("eindhouding", o.getFinalPosture())
                        .put("eindtrede", o.getFinalPyramidLevel()).put("gebruikteInstrumenten", o.getInstrumentsUsed()))));
        return entries;
    }

    private static String contactDescription(ContactMoment m) {
        String channel = m.getChannel() != null ? " via " + m.getChannel() : "";
        return switch (m.getKind()) {
            case INVITATION -> "Klant uitgenodigd" + channel;
            case REMINDER -> "Herinnering gestuurd" + channel;
            case NO_SHOW -> "Klant niet verschenen";
            case CONVERSATION -> "Gesprek met de klant gevoerd door " + m.getRecordedBy() + channel;
            case FILE_ASSESSMENT -> "Dossier beoordeeld door " + m.getRecordedBy();
            case QUESTIONNAIRE_LINK -> "Link naar de online vragenlijst aan de klant gestuurd" + channel;
        };
    }

    private static TimelineEntry entry(OffsetDateTime at, TimelineEntry.Kind kind, String description, String actor,
                                       Details details) {
        return new TimelineEntry(at.toInstant(), kind, description, actor, null, null, details.map());
    }
}
