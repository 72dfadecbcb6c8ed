package nl.slimmehandhaving.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every DMN evaluation of the case with its inputs, outputs, matched rules and their annotations. */
@Component
@Order(30)
class DecisionHistorySource implements TimelineSource {

    private final HistoryService historyService;
    private final RuleAnnotations ruleAnnotations;

    DecisionHistorySource(HistoryService historyService, RuleAnnotations ruleAnnotations) {
        this.historyService = historyService;
        this.ruleAnnotations = ruleAnnotations;
    }

    @Override
    public List<TimelineEntry> entriesOf(AuditedCase auditedCase) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (String instanceId : auditedCase.processInstanceIds()) {
            for (HistoricDecisionInstance decision : historyService.createHistoricDecisionInstanceQuery()
                    .processInstanceId(instanceId).includeInputs().includeOutputs().disableBinaryFetching().list()) {
                entries.add(entry(decision));
            }
        }
        return entries;
    }

    private TimelineEntry entry(HistoricDecisionInstance decision) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance input : decision.getInputs()) {
            inputs.put(input.getClauseName() != null ? input.getClauseName() : input.getClauseId(),
                    Details.simple(input.getValue()));
        }
        Set<String> ruleIds = new LinkedHashSet<>();
        List<Map<String, Object>> outputs = new ArrayList<>();
        Map<String, Map<String, Object>> outputsByRule = new LinkedHashMap<>();
        for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
            // literal expressions have no rules
            if (output.getRuleId() != null) {
                ruleIds.add(output.getRuleId());
            }
            outputsByRule.computeIfAbsent(String.valueOf(output.getRuleId()), k -> new LinkedHashMap<>())
                    .put(output.getVariableName(), Details.simple(output.getValue()));
        }
        outputsByRule.values().forEach(outputs::add);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (String ruleId : ruleIds) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("regel", ruleId);
            String annotation = ruleAnnotations.annotation(decision.getDecisionDefinitionId(), ruleId);
            if (annotation != null) {
                rule.put("toelichting", annotation);
            }
            rules.add(rule);
        }
        String description = "Beslistabel " + decision.getDecisionDefinitionName() + " geëvalueerd: "
                + (ruleIds.isEmpty() ? "geen regel van toepassing of letterlijke expressie" : ruleIds.size() == 1 ? "regel "
                + String.join(", ", ruleIds) : "regels " + String.join(", ", ruleIds))
                + (decision.getCollectResultValue() != null ? " (uitkomst " + decision.getCollectResultValue() + ")" : "");
        Details details = Details.of()
                .put("beslissing", decision.getDecisionDefinitionKey())
                .put("beslissingDefinitie", decision.getDecisionDefinitionId())
                .put("invoer", inputs)
                .put("uitvoer", outputs)
                .put("regels", rules)
                .put("regelIds", List.copyOf(ruleIds))
                .put("activiteit", decision.getActivityId())
                .put("onderdeelVan", decision.getRootDecisionInstanceId());
        return new TimelineEntry(decision.getEvaluationTime().toInstant(), TimelineEntry.Kind.DECISION, description,
                decision.getUserId(), decision.getProcessDefinitionKey(), decision.getDecisionDefinitionKey(),
                details.map());
    }
}
