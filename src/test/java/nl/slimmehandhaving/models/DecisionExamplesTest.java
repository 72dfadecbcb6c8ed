package nl.slimmehandhaving.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluates every row of every {@code dmn/examples/<DecisionKey>.csv} against {@code dmn/<DecisionKey>.dmn}
 * (see {@link DecisionExamples} for the format). A process owner who changes a table adds a row here and sees
 * whether the table still does what policy says; a failing row is reported with its description.
 */
class DecisionExamplesTest {

    private final DecisionExamples examples = new DecisionExamples();

    @TestFactory
    Stream<DynamicNode> everyExampleRowGivesTheExpectedOutcome() {
        List<Path> csvFiles = DecisionExamples.exampleFiles();
        assertFalse(csvFiles.isEmpty(), "no example files in " + DmnFile.EXAMPLES_DIR.toAbsolutePath());
        return csvFiles.stream().map(csv -> DynamicContainer.dynamicContainer(csv.getFileName().toString(),
                DecisionExamples.read(csv).stream().map(example -> DynamicTest.dynamicTest(
                        "line " + example.line() + ": " + example.description(), () -> {
                            DecisionExamples.Outcome outcome = examples.evaluate(example);
                            if (!outcome.passed()) {
                                fail(outcome.report());
                            }
                        }))));
    }

    @Test
    void everyDecisionHasExamplesAndEveryExampleFileHasADecision() {
        Set<String> models = DmnFile.allModelPaths().stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.dmn$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> exampleKeys = DecisionExamples.exampleFiles().stream().map(DecisionExamples::decisionKeyOf)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(models, exampleKeys, "every dmn/<Key>.dmn needs dmn/examples/<Key>.csv and vice versa");
    }

    @Test
    void decisionsWithGapsShowANoMatchExample() {
        // A table without a catch-all rule can leave a combination unanswered: its examples must show one.
        for (Path csv : DecisionExamples.exampleFiles()) {
            String key = DecisionExamples.decisionKeyOf(csv);
            DmnFile file = DmnFile.read(DmnFile.pathOf(key));
            boolean hasCatchAll = DmnFile.decisionTable(file.decision(key).orElseThrow())
                    .map(t -> DmnFile.rules(t).stream().anyMatch(r -> DmnFile.children(r, "inputEntry").stream()
                            .allMatch(e -> DmnFile.text(e).trim().isEmpty() || DmnFile.text(e).trim().equals("-"))))
                    .orElse(true);
            if (!hasCatchAll) {
                boolean hasNoMatchRow = DecisionExamples.read(csv).stream()
                        .anyMatch(e -> e.expected().values().stream().allMatch(String::isEmpty));
                assertTrue(hasNoMatchRow, csv + ": " + key + " has no catch-all rule; add a row where no rule matches");
            }
        }
    }

    @Test
    void theRunnerReportsWrongExpectations() {
        // Guards the runner itself: a wrong value, a wrong "no result", a wrong COLLECT set and an unknown
        // column must all be reported, with the row's description.
        DecisionExamples.Outcome wrongValue = examples.evaluate(new DecisionExamples.Example("MonitoringInterval", 2,
                "deliberately wrong", Map.of("posture", "GAME_PLAYING"), Map.of("monitoringInterval", "P90D")));
        assertFalse(wrongValue.passed());
        assertTrue(wrongValue.report().contains("deliberately wrong") && wrongValue.report().contains("P14D"),
                wrongValue.report());

        assertFalse(examples.evaluate(new DecisionExamples.Example("MonitoringInterval", 3, "expects no result",
                Map.of("posture", "COMMITMENT"), Map.of("monitoringInterval", ""))).passed());

        assertFalse(examples.evaluate(new DecisionExamples.Example("InstrumentChoice", 4, "one instrument short",
                Map.of("posture", "GAME_PLAYING", "pyramidLevel", "2", "violationEstablished", "false"),
                Map.of("instrument", "NORM_CONVERSATION"))).passed());
        assertTrue(examples.evaluate(new DecisionExamples.Example("InstrumentChoice", 5, "exact set",
                Map.of("posture", "GAME_PLAYING", "pyramidLevel", "2", "violationEstablished", "false"),
                Map.of("instrument", "INTENSIFIED_MONITORING|NORM_CONVERSATION"))).passed());

        assertFalse(examples.evaluate(new DecisionExamples.Example("MonitoringInterval", 6, "unknown input",
                Map.of("postur", "COMMITMENT"), Map.of("monitoringInterval", "P90D"))).passed());
    }
}
