package nl.slimmehandhaving.audit;

import java.util.List;

/**
 * A source of timeline entries for a case. Every Spring bean implementing it contributes to the audit timeline
 * (Camunda history, our domain tables; a letters source is one more bean). Called with the auditing user as the
 * engine's authenticated user, so engine queries are authorization- and tenant-checked.
 */
public interface TimelineSource {

    List<TimelineEntry> entriesOf(AuditedCase auditedCase);
}
