package nl.slimmehandhaving.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys every DMN in {@code dmn/} to an in-memory Camunda 7 process engine (no Spring) and evaluates decisions
 * by key, the same call the engine REST API makes for
 * {@code POST /engine-rest/decision-definition/key/<key>/evaluate}. Catches what the standalone DMN engine does
 * not check: deployment parsing, enforced history time to live, and the process engine's FEEL configuration.
 */
class DmnDeploymentTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void deployAllModels() throws IOException {
        // as in application.yaml: history level full, JSON as default serialization (Spin), so the history of
        // every decision output, including the ranking of PostureRanking, is written and read back as in production
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:dmn-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setDefaultSerializationFormat("application/json")
                .setProcessEngineName("dmn-models-" + UUID.randomUUID());
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("dmn-models-test");
        for (Path path : DmnFile.allModelPaths()) {
            try (InputStream in = Files.newInputStream(path)) {
                deployment.addString("dmn/" + path.getFileName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        deployment.deploy();
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void everyDecisionIsDeployedWithItsHistoryTimeToLive() {
        List<DecisionDefinition> definitions = engine.getRepositoryService().createDecisionDefinitionQuery().list();
        int expected = DmnFile.allModelPaths().stream().mapToInt(p -> DmnFile.read(p).decisions().size()).sum();
        assertEquals(expected, definitions.size());
        for (DecisionDefinition definition : definitions) {
            assertEquals(2555, definition.getHistoryTimeToLive(), definition.getKey());
        }
    }

    @Test
    void sanctionDecisionEvaluatesByKeyWithExactlyTheDocumentedInputs() {
        DmnDecisionResult result = engine.getDecisionService().evaluateDecisionByKey("SanctionDecision")
                .variables(Variables.createVariables()
                        .putValue("overpaymentAmount", 1234.56)
                        .putValue("culpability", "GROSS_NEGLIGENCE")
                        .putValue("repeatOffence", true)
                        .putValue("selfReported", false)
                        .putValue("warningWithinTwoYears", false))
                .evaluate();
        assertEquals(1, result.size());
        Map<String, Object> single = result.getSingleResult().getEntryMap();
        assertEquals(Set.of("sanction", "finePercentage", "fineAmount", "explanation"), single.keySet());
        assertEquals("FINE", single.get("sanction"));
        assertEquals(75, ((Number) single.get("finePercentage")).intValue());
        assertEquals(1390.0, ((Number) single.get("fineAmount")).doubleValue());
        assertFalse(((String) single.get("explanation")).isBlank());
    }

    @Test
    void sanctionDecisionGivesAWarningWithAllFourOutputs() {
        Map<String, Object> single = engine.getDecisionService().evaluateDecisionByKey("SanctionDecision")
                .variables(Variables.createVariables()
                        .putValue("overpaymentAmount", 149.99)
                        .putValue("culpability", "ORDINARY")
                        .putValue("repeatOffence", false)
                        .putValue("selfReported", false)
                        .putValue("warningWithinTwoYears", false))
                .evaluate().getSingleResult().getEntryMap();
        assertEquals(Set.of("sanction", "finePercentage", "fineAmount", "explanation"), single.keySet());
        assertEquals("WARNING", single.get("sanction"));
        assertEquals(0.0, ((Number) single.get("fineAmount")).doubleValue());
    }

    @Test
    void postureDeterminationRunsItsFeelRankingInTheProcessEngine() {
        Map<String, Object> single = engine.getDecisionService().evaluateDecisionByKey("PostureDetermination")
                .variables(Variables.createVariables()
                        .putValue("scoreCommitment", 2.0).putValue("scoreCapitulation", 2.25)
                        .putValue("scoreResistance", 4.0).putValue("scoreDisengagement", 3.75)
                        .putValue("scoreGamePlaying", null).putValue("answeredShare", 0.9))
                .evaluate().getSingleResult().getEntryMap();
        assertEquals("RESISTANCE", single.get("proposedPosture"));
        assertEquals("DISENGAGEMENT", single.get("alternativePosture"));
        assertEquals("MIXED", single.get("profileClarity"));

        // history (level full) holds the ranking of the required decision, for auditors
        HistoricDecisionInstance ranking = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("PostureRanking").includeOutputs().list().get(0);
        assertEquals("postureRanking", ranking.getOutputs().get(0).getVariableName());
        Object stored = ranking.getOutputs().get(0).getValue();
        assertTrue(String.valueOf(stored).contains("RESISTANCE"), "stored ranking: " + stored + " / "
                + ranking.getOutputs().get(0).getTypeName() + " / " + ranking.getOutputs().get(0).getErrorMessage());
    }
}
