package nl.slimmehandhaving.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** The audit timeline of one case, oldest entry first. */
public record CaseTimeline(String caseNumber, String organisation, String status, String outcome,
                           OffsetDateTime openedAt, OffsetDateTime closedAt, String rootProcessInstanceId,
                           List<String> processInstanceIds, List<TimelineEntry> entries) {
}
