package nl.slimmehandhaving.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * User tasks with who completed them and the values they submitted, and every user operation (claim, assign,
 * delegate, complete, variable changes) from the user operation log. Submitted values are the historic variable
 * updates made in the same user operation as the completion.
 */
@Component
@Order(20)
class TaskHistorySource implements TimelineSource {

    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_CLAIM, "Taak geclaimd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, "Taak toegewezen"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELEGATE, "Taak gedelegeerd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, "Gedelegeerde taak teruggegeven"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, "Taak afgerond"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_OWNER, "Eigenaar van taak gewijzigd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY, "Prioriteit van taak gewijzigd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_UPDATE, "Taak gewijzigd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, "Kandidaat toegevoegd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK, "Kandidaat verwijderd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "Gegeven gewijzigd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "Gegevens gewijzigd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, "Gegeven verwijderd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_CREATE, "Aangemaakt"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE, "Verwijderd"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "Opgeschort"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "Hervat"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE, "Bericht ontvangen"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "Procesverloop aangepast"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES, "Opnieuw proberen ingesteld"));

    private final HistoryService historyService;

    TaskHistorySource(HistoryService historyService) {
        this.historyService = historyService;
    }

    @Override
    public List<TimelineEntry> entriesOf(AuditedCase auditedCase) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (String instanceId : auditedCase.processInstanceIds()) {
            Map<String, List<UserOperationLogEntry>> operations = historyService.createUserOperationLogQuery()
                    .processInstanceId(instanceId).list().stream()
                    .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new,
                            Collectors.toList()));
            Map<String, List<HistoricVariableUpdate>> updatesByOperation = new LinkedHashMap<>();
            for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instanceId)
                    .variableUpdates().disableBinaryFetching().list()) {
                if (detail instanceof HistoricVariableUpdate update && update.getUserOperationId() != null) {
                    updatesByOperation.computeIfAbsent(update.getUserOperationId(), k -> new ArrayList<>()).add(update);
                }
            }
            Map<String, HistoricTaskInstance> tasks = new LinkedHashMap<>();
            historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId).list()
                    .forEach(t -> tasks.put(t.getId(), t));
            operations.forEach((operationId, rows) ->
                    entries.add(operationEntry(rows, tasks, updatesByOperation.getOrDefault(operationId, List.of()))));
        }
        return entries;
    }

    private static TimelineEntry operationEntry(List<UserOperationLogEntry> rows, Map<String, HistoricTaskInstance> tasks,
                                                List<HistoricVariableUpdate> updates) {
        UserOperationLogEntry first = rows.get(0);
        HistoricTaskInstance task = first.getTaskId() == null ? null : tasks.get(first.getTaskId());
        String what = OPERATIONS.getOrDefault(first.getOperationType(), first.getOperationType());
        String subject = task != null ? ": " + task.getName() : "";
        Details details = Details.of();
        for (UserOperationLogEntry row : rows) {
            if (row.getProperty() != null && row.getNewValue() != null) {
                details.put(row.getProperty(), row.getNewValue());
            }
        }
        boolean completion = UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(first.getOperationType());
        if (!updates.isEmpty()) {
            Map<String, Object> submitted = new LinkedHashMap<>();
            updates.stream().sorted(Comparator.comparing(HistoricVariableUpdate::getTime))
                    .forEach(u -> submitted.put(u.getVariableName(), Details.simple(u.getValue())));
            details.put(completion ? "ingevuldeWaarden" : "gewijzigdeWaarden", submitted);
        }
        details.put("categorie", first.getCategory());
        return new TimelineEntry(first.getTimestamp().toInstant(),
                completion ? TimelineEntry.Kind.TASK_COMPLETED : TimelineEntry.Kind.USER_OPERATION,
                what + subject + (first.getUserId() != null ? " door " + first.getUserId() : ""),
                first.getUserId(), first.getProcessDefinitionKey(),
                task != null ? task.getTaskDefinitionKey() : first.getEntityType(), details.map());
    }
}
