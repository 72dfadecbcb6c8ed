package nl.slimmehandhaving.models;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * Every rule of every decision table in {@code dmn/} (also tables that are only required by another decision)
 * must be matched by at least one example row in {@code dmn/examples/}. A rule nobody exercises is a rule nobody
 * has checked against policy. Matched rules are recorded by the DMN engine's evaluation listener, so for hit
 * policy FIRST only the rule that actually decided counts.
 */
class DecisionRuleCoverageTest {

    private static final Set<String> matched = new LinkedHashSet<>();

    @BeforeAll
    static void runAllExamples() {
        DecisionExamples examples = new DecisionExamples();
        for (Path csv : DecisionExamples.exampleFiles()) {
            for (DecisionExamples.Example example : DecisionExamples.read(csv)) {
                matched.addAll(examples.evaluate(example).matchedRuleIds());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsExercisedByAnExample() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path path : DmnFile.allModelPaths()) {
            DmnFile file = DmnFile.read(path);
            for (Element decision : file.decisions()) {
                DmnFile.decisionTable(decision).ifPresent(table -> {
                    String key = decision.getAttribute("id");
                    tests.add(DynamicTest.dynamicTest(file + " / " + key, () -> {
                        List<String> unexercised = new ArrayList<>();
                        for (Element rule : DmnFile.rules(table)) {
                            if (!matched.contains(key + "/" + rule.getAttribute("id"))) {
                                unexercised.add(rule.getAttribute("id") + " (" + DmnFile.description(rule) + ")");
                            }
                        }
                        assertTrue(unexercised.isEmpty(), file + ": decision " + key
                                + " has rules that no example row in dmn/examples matches:\n  "
                                + String.join("\n  ", unexercised));
                    }));
                });
            }
        }
        assertFalse(tests.isEmpty(), "no decision tables found in " + DmnFile.DMN_DIR.toAbsolutePath());
        return tests.stream();
    }
}
