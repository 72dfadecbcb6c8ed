package nl.slimmehandhaving.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.slimmehandhaving.sanctions.SanctionCase;
import nl.slimmehandhaving.sanctions.SanctionService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The sanction procedure's decisions: the sanction set and by whom, the client's view, approval, objection, finality. */
@Component
@Order(60)
class SanctionSource implements TimelineSource {

    private final SanctionService sanctions;

    SanctionSource(SanctionService sanctions) {
        this.sanctions = sanctions;
    }

    @Override
    public List<TimelineEntry> entriesOf(AuditedCase auditedCase) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (SanctionCase s : sanctions.sanctionsOf(auditedCase.caseId())) {
            add(entries, s.getViewReceivedAt(), "Zienswijze van de klant ontvangen", null,
                    Details.of().put("zienswijze", s.getClientView()));
            add(entries, s.getDecidedAt(), "Sanctiebesluit " + s.getSanction() + " voorbereid door " + s.getPreparedBy()
                            + " en goedgekeurd door " + s.getApprovedBy(), s.getApprovedBy(),
                    Details.of().put("voorgesteld", s.getProposedSanction()).put("voorgesteldBedrag", s.getProposedFineAmount())
                            .put("sanctie", s.getSanction()).put("boete", s.getFineAmount())
                            .put("afwijkingsreden", s.getDeviationReason()).put("benadelingsbedrag", s.getOverpaymentAmount())
                            .put("verwijtbaarheid", s.getCulpability()).put("recidive", s.isRepeatOffence())
                            .put("voorbereidDoor", s.getPreparedBy()).put("goedgekeurdDoor", s.getApprovedBy()));
            add(entries, s.getObjectionReceivedAt(), "Bezwaar ontvangen", null,
                    Details.of().put("bezwaar", s.getObjection()).put("gegrond", s.getObjectionUpheld())
                            .put("motivering", s.getObjectionReasoning()));
            add(entries, s.getFinalAt(), "Sanctiebesluit onherroepelijk: " + s.getStatus(), null,
                    Details.of().put("status", s.getStatus().name()));
        }
        return entries;
    }

    private static void add(List<TimelineEntry> entries, OffsetDateTime at, String description, String actor,
                            Details details) {
        if (at != null) {
            entries.add(new TimelineEntry(at.toInstant(), TimelineEntry.Kind.SANCTION, description, actor, null, null,
                    details.map()));
        }
    }
}
