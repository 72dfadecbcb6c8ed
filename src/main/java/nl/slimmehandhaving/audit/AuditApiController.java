package nl.slimmehandhaving.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.slimmehandhaving.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit timeline of a case as JSON. Anyone who may see the case (its organisation's caseworkers; auditors and
 * administrators for all organisations) may read it; other organisations' cases answer 404 like {@code /api/cases}.
 * Read-only: there is no other method on this resource (PUT, POST, DELETE answer 405).
 */
@RestController
@Tag(name = "Audit", description = "Audit trail of a case")
class AuditApiController {

    private final AuditTimelineService timelines;
    private final AuditViewLog viewLog;
    private final CurrentUser currentUser;

    AuditApiController(AuditTimelineService timelines, AuditViewLog viewLog, CurrentUser currentUser) {
        this.timelines = timelines;
        this.viewLog = viewLog;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/cases/{caseNumber}/audit")
    @Operation(summary = "Timeline of the case: steps, tasks with submitted values, DMN decisions with matched rules, "
            + "user operations, timers, incidents and the domain decisions with reasons, in time order")
    CaseTimeline timeline(@PathVariable String caseNumber) {
        CaseTimeline timeline = timelines.timelineOf(caseNumber);
        viewLog.record(timeline.caseNumber(), currentUser.userId(), AuditViewLog.ViewKind.API);
        return timeline;
    }
}
