package nl.slimmehandhaving.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/** Each decision in {@code dmn/} has the inputs, outputs and hit policy the contract in docs/process-model.md names. */
class DecisionContractTest {

    private static final Map<String, DecisionContract> CONTRACT = DecisionContract.read();

    @Test
    void theContractListsTheSixDecisions() {
        assertEquals(Set.of("SignalTriage", "ContactChannel", "PostureDetermination", "InstrumentChoice",
                "MonitoringInterval", "SanctionDecision"), CONTRACT.keySet());
        assertEquals(Set.of("posture", "pyramidLevel", "violationEstablished"), CONTRACT.get("InstrumentChoice").inputs());
    }

    @TestFactory
    Stream<DynamicTest> everyContractDecisionMatchesItsModel() {
        return CONTRACT.values().stream().map(contract -> DynamicTest.dynamicTest(contract.key(), () -> {
            assertTrue(Files.exists(DmnFile.pathOf(contract.key())), "missing " + DmnFile.pathOf(contract.key()));
            DmnFile file = DmnFile.read(DmnFile.pathOf(contract.key()));
            Element decision = file.decision(contract.key()).orElseThrow();

            assertEquals(new TreeSet<>(contract.inputs()), new TreeSet<>(file.externalVariables(contract.key())),
                    contract.key() + ": the variables the decision reads must be exactly the contract's inputs");
            assertEquals(new TreeSet<>(contract.outputs()),
                    new TreeSet<>(DecisionExamples.outputTypes(decision).keySet()),
                    contract.key() + ": outputs must be exactly the contract's outputs");

            Set<String> inputDataNames = file.inputData().stream()
                    .flatMap(d -> DmnFile.children(d, "variable").stream()).map(v -> v.getAttribute("name"))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!inputDataNames.isEmpty()) {
                assertEquals(new TreeSet<>(contract.inputs()), inputDataNames,
                        contract.key() + ": the DRD's input data must be exactly the contract's inputs");
            }
            if (contract.hitPolicy().matches("[A-Z ]+")) {
                assertEquals(contract.hitPolicy(),
                        DmnFile.decisionTable(decision).map(t -> t.getAttribute("hitPolicy")).orElse("(none)"),
                        contract.key() + ": hit policy");
            }
        }));
    }
}
