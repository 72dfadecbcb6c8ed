package nl.slimmehandhaving.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.slimmehandhaving.cases.CaseNotFoundException;
import nl.slimmehandhaving.cases.EnforcementCase;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.cases.Outcome;
import nl.slimmehandhaving.security.CurrentUser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Merges all {@link TimelineSource}s into the timeline of a case the current user may see (their organisations;
 * auditors belong to all). Reads only; the engine queries run as the current user.
 */
@Service
public class AuditTimelineService {

    private static final Comparator<TimelineEntry> IN_TIME_ORDER = Comparator.comparing(TimelineEntry::at);

    private final EnforcementCaseService cases;
    private final HistoryService historyService;
    private final List<TimelineSource> sources;
    private final CurrentUser currentUser;

    AuditTimelineService(EnforcementCaseService cases, HistoryService historyService, List<TimelineSource> sources,
                         CurrentUser currentUser) {
        this.cases = cases;
        this.historyService = historyService;
        this.sources = sources;
        this.currentUser = currentUser;
    }

    public CaseTimeline timelineOf(String caseNumber) {
        EnforcementCase c = cases.findVisible(caseNumber, currentUser.tenantIds())
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        AuditedCase audited = new AuditedCase(c.getId(), c.getCaseNumber(), c.getOrganisation(),
                c.getProcessInstanceId(), processInstancesOf(c));
        List<TimelineEntry> entries = new ArrayList<>();
        sources.forEach(source -> entries.addAll(source.entriesOf(audited)));
        entries.sort(IN_TIME_ORDER);
        return new CaseTimeline(c.getCaseNumber(), c.getOrganisation(), c.getStatus().name(),
                cases.outcomeOf(c.getId()).map(Outcome::getOutcome).map(Enum::name).orElse(null),
                c.getOpenedAt(), c.getClosedAt(), c.getProcessInstanceId(), audited.processInstanceIds(), entries);
    }

    /** The main process instance, every instance it called (recursively) and every instance with the case number. */
    private List<String> processInstancesOf(EnforcementCase c) {
        Set<String> ids = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        if (c.getProcessInstanceId() != null) {
            toVisit.add(c.getProcessInstanceId());
        }
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.getCaseNumber())
                .orderByProcessInstanceStartTime().asc().list()
                .forEach(p -> toVisit.add(p.getId()));
        while (!toVisit.isEmpty()) {
            String id = toVisit.poll();
            if (ids.add(id)) {
                historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list().stream()
                        .map(HistoricProcessInstance::getId).forEach(toVisit::add);
            }
        }
        return List.copyOf(ids);
    }
}
