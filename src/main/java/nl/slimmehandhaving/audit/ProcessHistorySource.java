package nl.slimmehandhaving.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Steps started and ended, timers fired and incidents, from Camunda history of every process of the case. */
@Component
@Order(10)
class ProcessHistorySource implements TimelineSource {

    private static final Map<String, String> ACTIVITY_TYPES = Map.ofEntries(
            Map.entry("userTask", "taak"),
            Map.entry("serviceTask", "automatische stap"),
            Map.entry("businessRuleTask", "beslisregel"),
            Map.entry("callActivity", "deelproces"),
            Map.entry("startEvent", "start"),
            Map.entry("noneEndEvent", "einde"),
            Map.entry("exclusiveGateway", "keuze"),
            Map.entry("parallelGateway", "splitsing"),
            Map.entry("inclusiveGateway", "keuze"),
            Map.entry("intermediateTimer", "timer"),
            Map.entry("boundaryTimer", "timer"),
            Map.entry("intermediateMessageCatch", "wachten op bericht"),
            Map.entry("boundaryMessage", "bericht"),
            Map.entry("sendTask", "bericht versturen"),
            Map.entry("subProcess", "subproces"),
            Map.entry("multiInstanceBody", "herhaling"));

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    ProcessHistorySource(HistoryService historyService, RepositoryService repositoryService) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    @Override
    public List<TimelineEntry> entriesOf(AuditedCase auditedCase) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (String instanceId : auditedCase.processInstanceIds()) {
            for (HistoricActivityInstance a : historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(instanceId).list()) {
                addActivity(entries, a);
            }
            for (HistoricIncident incident : historyService.createHistoricIncidentQuery()
                    .processInstanceId(instanceId).list()) {
                entries.add(new TimelineEntry(incident.getCreateTime().toInstant(), TimelineEntry.Kind.INCIDENT,
                        "Incident bij " + incident.getActivityId() + ": " + incident.getIncidentMessage()
                                + (incident.isResolved() ? " (opgelost)" : incident.isDeleted() ? " (vervallen)" : ""),
                        null, processKey(incident.getProcessDefinitionId()), incident.getActivityId(),
                        Details.of().put("type", incident.getIncidentType())
                                .put("opgelostOp", incident.getEndTime()).map()));
            }
        }
        return entries;
    }

    private void addActivity(List<TimelineEntry> entries, HistoricActivityInstance a) {
        if (a.getActivityType().equals("multiInstanceBody")) {
            return;
        }
        String process = processKey(a.getProcessDefinitionId());
        String name = (a.getActivityName() != null ? a.getActivityName() : a.getActivityId())
                + " (" + ACTIVITY_TYPES.getOrDefault(a.getActivityType(), a.getActivityType()) + ")";
        Map<String, Object> details = Details.of().put("procesinstantie", a.getProcessInstanceId())
                .put("deelproces", a.getCalledProcessInstanceId()).put("uitgevoerdDoor", a.getAssignee()).map();
        boolean timer = a.getActivityType().toLowerCase().contains("timer");
        if (!timer) {
            entries.add(new TimelineEntry(a.getStartTime().toInstant(), TimelineEntry.Kind.ACTIVITY_STARTED,
                    "Gestart: " + name, null, process, a.getActivityId(), details));
        }
        if (a.getEndTime() == null) {
            return;
        }
        if (timer && !a.isCanceled()) {
            entries.add(new TimelineEntry(a.getEndTime().toInstant(), TimelineEntry.Kind.TIMER,
                    "Timer afgegaan: " + name, null, process, a.getActivityId(), details));
        } else if (!timer) {
            entries.add(new TimelineEntry(a.getEndTime().toInstant(), TimelineEntry.Kind.ACTIVITY_ENDED,
                    (a.isCanceled() ? "Afgebroken: " : "Afgerond: ") + name, null, process, a.getActivityId(),
                    details));
        }
    }

    private String processKey(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        return processKeys.computeIfAbsent(processDefinitionId, id -> {
            ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionId(id)
                    .singleResult();
            return definition == null ? id : definition.getKey();
        });
    }
}
