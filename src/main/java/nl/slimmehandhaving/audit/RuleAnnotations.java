package nl.slimmehandhaving.audit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/** The annotation (description) of each rule of a deployed decision, read from the deployed DMN model. */
@Component
class RuleAnnotations {

    private final RepositoryService repositoryService;
    private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

    RuleAnnotations(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    String annotation(String decisionDefinitionId, String ruleId) {
        if (decisionDefinitionId == null || ruleId == null) {
            return null;
        }
        return byDefinition.computeIfAbsent(decisionDefinitionId, this::load).get(ruleId);
    }

    private Map<String, String> load(String decisionDefinitionId) {
        DmnModelInstance model = repositoryService.getDmnModelInstance(decisionDefinitionId);
        Map<String, String> annotations = new ConcurrentHashMap<>();
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            Optional.ofNullable(rule.getDescription()).map(d -> d.getTextContent())
                    .filter(text -> !text.isBlank())
                    .ifPresent(text -> annotations.put(rule.getId(), text.strip()));
        }
        return annotations;
    }
}
