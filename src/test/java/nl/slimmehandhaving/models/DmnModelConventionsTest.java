package nl.slimmehandhaving.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * Every DMN in {@code dmn/} is a DMN 1.3 model for Camunda 7.24 that opens with its DRD in Camunda Modeler 5 and
 * that a process owner can read: file name = id of the top decision, history time to live on every decision,
 * a shape for every DRD element and an edge for every requirement, typed and labelled inputs, and a description
 * (annotation citing the source) on every rule.
 */
class DmnModelConventionsTest {

    @TestFactory
    Stream<DynamicTest> everyModelFollowsTheConventions() {
        List<Path> paths = DmnFile.allModelPaths();
        assertFalse(paths.isEmpty());
        return paths.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            DmnFile file = DmnFile.read(path);
            Element definitions = file.definitions();
            List<String> problems = new ArrayList<>();

            if (!DmnFile.DMN13.equals(definitions.getNamespaceURI())) {
                problems.add("namespace must be " + DmnFile.DMN13);
            }
            if (!"Camunda Platform".equals(definitions.getAttributeNS(DmnFile.MODELER, "executionPlatform"))
                    || !"7.24.0".equals(definitions.getAttributeNS(DmnFile.MODELER, "executionPlatformVersion"))) {
                problems.add("modeler:executionPlatform must be 'Camunda Platform' version 7.24.0");
            }
            List<Element> tops = file.topDecisions();
            String expectedId = path.getFileName().toString().replaceFirst("\\.dmn$", "");
            if (tops.size() != 1 || !expectedId.equals(tops.get(0).getAttribute("id"))) {
                problems.add("exactly one top decision with id " + expectedId + " expected, found "
                        + tops.stream().map(d -> d.getAttribute("id")).toList());
            }

            Set<String> shaped = new HashSet<>();
            file.allElements(DmnFile.DMNDI13, "DMNShape").forEach(s -> {
                if (!s.getElementsByTagNameNS("http://www.omg.org/spec/DMN/20180521/DC/", "Bounds").item(0)
                        .hasAttributes()) {
                    problems.add("shape " + s.getAttribute("id") + " has no bounds");
                }
                shaped.add(s.getAttribute("dmnElementRef"));
            });
            Set<String> edged = new HashSet<>();
            file.allElements(DmnFile.DMNDI13, "DMNEdge").forEach(e -> {
                if (e.getElementsByTagNameNS("http://www.omg.org/spec/DMN/20180521/DI/", "waypoint").getLength() < 2) {
                    problems.add("edge " + e.getAttribute("id") + " needs at least two waypoints");
                }
                edged.add(e.getAttribute("dmnElementRef"));
            });

            for (Element decision : file.decisions()) {
                String id = decision.getAttribute("id");
                if (!"2555".equals(decision.getAttributeNS(DmnFile.CAMUNDA, "historyTimeToLive"))) {
                    problems.add(id + ": camunda:historyTimeToLive must be 2555");
                }
                if (decision.getAttribute("name").isBlank()) {
                    problems.add(id + ": needs a (Dutch) name");
                }
                if (!shaped.contains(id)) {
                    problems.add(id + ": no DMNShape in the diagram");
                }
                for (Element req : DmnFile.children(decision, "informationRequirement")) {
                    if (!edged.contains(req.getAttribute("id"))) {
                        problems.add(id + ": requirement " + req.getAttribute("id") + " has no DMNEdge");
                    }
                }
                boolean hasLogic = DmnFile.decisionTable(decision).isPresent() || DmnFile.literalExpression(decision).isPresent();
                if (!hasLogic) {
                    problems.add(id + ": neither a decision table nor a literal expression");
                }
                DmnFile.decisionTable(decision).ifPresent(table -> {
                    for (Element input : DmnFile.inputs(table)) {
                        if (input.getAttribute("label").isBlank()) {
                            problems.add(id + ": input " + input.getAttribute("id") + " needs a Dutch label");
                        }
                        if (!Set.of("string", "integer", "long", "double", "boolean", "date")
                                .contains(DmnFile.inputExpressionTypeRef(input))) {
                            problems.add(id + ": input " + input.getAttribute("id") + " needs a typeRef");
                        }
                    }
                    for (Element output : DmnFile.outputs(table)) {
                        if (output.getAttribute("name").isBlank() || output.getAttribute("typeRef").isBlank()) {
                            problems.add(id + ": output " + output.getAttribute("id") + " needs a name and a typeRef");
                        }
                    }
                    for (Element rule : DmnFile.rules(table)) {
                        if (DmnFile.description(rule).length() < 20) {
                            problems.add(id + ": rule " + rule.getAttribute("id")
                                    + " needs a description (annotation) citing its source");
                        }
                    }
                    if (DmnFile.rules(table).isEmpty()) {
                        problems.add(id + ": decision table without rules");
                    }
                });
                DmnFile.literalExpression(decision).ifPresent(l -> {
                    if (DmnFile.children(decision, "variable").isEmpty()) {
                        problems.add(id + ": a literal expression decision needs a <variable name=...>");
                    }
                });
            }
            for (Element data : file.inputData()) {
                if (!shaped.contains(data.getAttribute("id"))) {
                    problems.add(data.getAttribute("id") + ": no DMNShape in the diagram");
                }
            }
            assertTrue(problems.isEmpty(), file + ":\n  " + String.join("\n  ", problems));
            assertEquals(1, file.allElements(DmnFile.DMNDI13, "DMNDiagram").size(), file + ": one DRD diagram");
        }));
    }
}
