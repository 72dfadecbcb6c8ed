package nl.slimmehandhaving.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What the case page draws: each process instance of the case with its BPMN model and the elements it passed, and
 * each DMN evaluation with its model and the matched rules.
 */
@Component
class CaseDiagrams {

    record ProcessDiagram(String processInstanceId, String processDefinitionKey, String name, Instant startedAt,
                          String xml, List<String> activityIds) {
    }

    record DecisionDiagram(String decisionDefinitionKey, String name, Instant evaluatedAt, String xml,
                           List<String> ruleIds) {
    }

    record Diagrams(List<ProcessDiagram> processes, List<DecisionDiagram> decisions) {
    }

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final Map<String, String> xmlById = new ConcurrentHashMap<>();

    CaseDiagrams(HistoryService historyService, RepositoryService repositoryService) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    Diagrams of(CaseTimeline timeline) {
        List<ProcessDiagram> processes = new ArrayList<>();
        for (String id : timeline.processInstanceIds()) {
            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(id)
                    .singleResult();
            if (instance == null) {
                continue;
            }
            LinkedHashSet<String> passed = new LinkedHashSet<>();
            historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                    .map(HistoricActivityInstance::getActivityId).forEach(passed::add);
            processes.add(new ProcessDiagram(id, instance.getProcessDefinitionKey(),
                    instance.getProcessDefinitionName(), instance.getStartTime().toInstant(),
                    xml("p:" + instance.getProcessDefinitionId(),
                            () -> repositoryService.getProcessModel(instance.getProcessDefinitionId())),
                    List.copyOf(passed)));
        }
        List<DecisionDiagram> decisions = new ArrayList<>();
        for (TimelineEntry entry : timeline.entries()) {
            if (entry.kind() != TimelineEntry.Kind.DECISION) {
                continue;
            }
            String definitionId = (String) entry.details().get("beslissingDefinitie");
            @SuppressWarnings("unchecked")
            List<String> ruleIds = (List<String>) entry.details().getOrDefault("regelIds", List.of());
            decisions.add(new DecisionDiagram(entry.element(), entry.description(), entry.at(),
                    xml("d:" + definitionId, () -> repositoryService.getDecisionModel(definitionId)), ruleIds));
        }
        return new Diagrams(processes, decisions);
    }

    private String xml(String cacheKey, Supplier<InputStream> model) {
        return xmlById.computeIfAbsent(cacheKey, k -> {
            try (InputStream in = model.get()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
