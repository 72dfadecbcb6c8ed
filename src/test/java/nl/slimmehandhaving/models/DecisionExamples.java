package nl.slimmehandhaving.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.w3c.dom.Element;

/**
 * Runs the example tables in {@code dmn/examples/<DecisionKey>.csv} against the decisions in {@code dmn/}.
 *
 * <p>CSV format (first row is the header):
 * <ul>
 *   <li>{@code description}: what the row shows, in words a process owner understands;</li>
 *   <li>{@code in:<name>}: an input variable; the cell is converted with the typeRef of the input clause whose
 *       expression is exactly that name, or of the input data with that variable name; an empty cell is null;</li>
 *   <li>{@code out:<name>}: an expected output. Empty = no value. When all expected outputs of a row are empty, the
 *       decision must give no result at all (no rule matches). Numbers compare by value (0 = 0.0). A cell starting
 *       with {@code ~} passes when the output text contains the rest of the cell (for long explanations).
 *       For a decision table with hit policy COLLECT a cell may list several values separated by {@code |}; they
 *       are compared as a set with the values of that output over all matched rules.</li>
 * </ul>
 * Evaluation uses a standalone Camunda DMN engine (FEEL by feel-scala, as in the process engine) and records which
 * rules of which decision tables (also of required decisions) matched, for the rule-coverage test.
 */
final class DecisionExamples {

    record Example(String decisionKey, int line, String description, Map<String, String> inputs,
                   Map<String, String> expected) {
        String name() {
            return decisionKey + " line " + line + ": " + description;
        }
    }

    record Outcome(Example example, List<String> problems, Set<String> matchedRuleIds,
                   List<Map<String, Object>> results) {
        boolean passed() {
            return problems.isEmpty();
        }

        String report() {
            return example.name() + "\n  inputs:   " + example.inputs() + "\n  expected: " + example.expected()
                    + "\n  got:      " + results + "\n  " + String.join("\n  ", problems);
        }
    }

    private final Set<String> matchedRules = new LinkedHashSet<>();
    private final DmnEngine engine;
    private final Map<String, DmnDecision> decisions = new HashMap<>();
    private final Map<String, DmnFile> files = new HashMap<>();

    DecisionExamples() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionEvaluationListeners(List.of(new RuleRecorder()));
        engine = configuration.buildEngine();
    }

    /** All example CSV files, sorted by name. */
    static List<Path> exampleFiles() {
        try (Stream<Path> files = Files.list(DmnFile.EXAMPLES_DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + DmnFile.EXAMPLES_DIR.toAbsolutePath(), e);
        }
    }

    static String decisionKeyOf(Path csv) {
        return csv.getFileName().toString().replaceFirst("\\.csv$", "");
    }

    static List<Example> read(Path csv) {
        String key = decisionKeyOf(csv);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || !"description".equals(header.get(0))) {
                throw new IllegalStateException(csv + ": the first column must be 'description', got " + header);
            }
            for (String column : header.subList(1, header.size())) {
                if (!column.startsWith("in:") && !column.startsWith("out:")) {
                    throw new IllegalStateException(csv + ": column '" + column + "' must start with in: or out:");
                }
            }
            List<Example> examples = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> inputs = new LinkedHashMap<>();
                Map<String, String> expected = new LinkedHashMap<>();
                for (String column : header.subList(1, header.size())) {
                    String value = record.isSet(column) ? record.get(column) : "";
                    if (column.startsWith("in:")) {
                        inputs.put(column.substring(3), value);
                    } else {
                        expected.put(column.substring(4), value);
                    }
                }
                examples.add(new Example(key, (int) parser.getCurrentLineNumber(), record.get("description"),
                        inputs, expected));
            }
            return examples;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + csv, e);
        }
    }

    Outcome evaluate(Example example) {
        List<String> problems = new ArrayList<>();
        DmnFile file = file(example.decisionKey());
        Element decisionElement = file.decision(example.decisionKey()).orElse(null);
        if (decisionElement == null) {
            return new Outcome(example, List.of("no decision with id " + example.decisionKey() + " in " + file),
                    Set.of(), List.of());
        }
        VariableMap variables = Variables.createVariables();
        for (Map.Entry<String, String> in : example.inputs().entrySet()) {
            String typeRef = file.inputTypeRef(example.decisionKey(), in.getKey()).orElse(null);
            if (typeRef == null) {
                problems.add("input column '" + in.getKey() + "' is not an input of " + example.decisionKey());
                continue;
            }
            try {
                variables.putValue(in.getKey(), convert(in.getValue(), typeRef));
            } catch (IllegalArgumentException e) {
                problems.add("input '" + in.getKey() + "': " + e.getMessage());
            }
        }
        Map<String, String> outputTypes = outputTypes(decisionElement);
        for (String out : example.expected().keySet()) {
            if (!outputTypes.containsKey(out)) {
                problems.add("output column '" + out + "' is not an output of " + example.decisionKey()
                        + " (outputs: " + outputTypes.keySet() + ")");
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(example, problems, Set.of(), List.of());
        }

        matchedRules.clear();
        List<Map<String, Object>> results;
        try {
            DmnDecisionResult result = engine.evaluateDecision(decision(example.decisionKey()), variables);
            results = result.getResultList().stream().map(m -> (Map<String, Object>) new LinkedHashMap<>(m)).toList();
        } catch (RuntimeException e) {
            return new Outcome(example, List.of("evaluation failed: " + e), Set.copyOf(matchedRules), List.of());
        }
        Set<String> matched = Set.copyOf(matchedRules);

        boolean collect = DmnFile.decisionTable(decisionElement)
                .map(t -> "COLLECT".equals(t.getAttribute("hitPolicy")) && t.getAttribute("aggregation").isEmpty())
                .orElse(false);
        boolean expectNoResult = example.expected().values().stream().allMatch(String::isEmpty);
        if (collect) {
            for (Map.Entry<String, String> exp : example.expected().entrySet()) {
                Set<String> expectedValues = exp.getValue().isEmpty() ? Set.of()
                        : Stream.of(exp.getValue().split("\\|")).map(String::trim).collect(Collectors.toSet());
                List<Object> actualValues = results.stream().map(r -> r.get(exp.getKey()))
                        .filter(Objects::nonNull).toList();
                if (!sameSet(expectedValues, actualValues, outputTypes.get(exp.getKey()))) {
                    problems.add("output '" + exp.getKey() + "': expected " + new TreeSet<>(expectedValues)
                            + " but got " + new TreeSet<>(actualValues.stream().map(String::valueOf).toList()));
                }
            }
        } else if (expectNoResult) {
            if (!results.isEmpty()) {
                problems.add("expected no result (no rule matches) but got " + results);
            }
        } else if (results.size() != 1) {
            problems.add("expected exactly one result but got " + results.size() + ": " + results);
        } else {
            Map<String, Object> actual = results.get(0);
            for (Map.Entry<String, String> exp : example.expected().entrySet()) {
                Object value = actual.get(exp.getKey());
                if (!matches(exp.getValue(), value, outputTypes.get(exp.getKey()))) {
                    problems.add("output '" + exp.getKey() + "': expected "
                            + (exp.getValue().isEmpty() ? "no value" : "'" + exp.getValue() + "'")
                            + " but got " + (value == null ? "no value" : "'" + value + "'"));
                }
            }
        }
        return new Outcome(example, problems, matched, results);
    }

    /** Output name to typeRef of the decision itself (decision table outputs or the literal expression variable). */
    static Map<String, String> outputTypes(Element decision) {
        Map<String, String> types = new LinkedHashMap<>();
        DmnFile.decisionTable(decision).ifPresent(t -> DmnFile.outputs(t)
                .forEach(o -> types.put(o.getAttribute("name"), o.getAttribute("typeRef"))));
        DmnFile.children(decision, "variable").forEach(v -> types.put(v.getAttribute("name"), v.getAttribute("typeRef")));
        return types;
    }

    static Object convert(String cell, String typeRef) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        try {
            return switch (typeRef == null ? "" : typeRef) {
                case "integer" -> Integer.valueOf(cell);
                case "long" -> Long.valueOf(cell);
                case "double" -> Double.valueOf(cell);
                case "boolean" -> switch (cell) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("'" + cell + "' is not true or false");
                };
                default -> cell;
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cell + "' is not a valid " + typeRef);
        }
    }

    private static boolean isNumeric(String typeRef) {
        return "integer".equals(typeRef) || "long".equals(typeRef) || "double".equals(typeRef);
    }

    static boolean matches(String expected, Object actual, String typeRef) {
        if (expected.isEmpty()) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        if (expected.startsWith("~")) {
            return actual.toString().contains(expected.substring(1).trim());
        }
        if (actual instanceof Number || isNumeric(typeRef)) {
            try {
                return new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return expected.equals(actual.toString());
    }

    private static boolean sameSet(Set<String> expected, Collection<Object> actual, String typeRef) {
        Set<Object> remaining = new LinkedHashSet<>(actual);
        for (String e : expected) {
            if (!remaining.removeIf(a -> matches(e, a, typeRef))) {
                return false;
            }
        }
        return remaining.isEmpty();
    }

    DmnFile file(String decisionKey) {
        return files.computeIfAbsent(decisionKey, k -> DmnFile.read(DmnFile.pathOf(k)));
    }

    private DmnDecision decision(String key) {
        return decisions.computeIfAbsent(key, k -> {
            try (InputStream in = Files.newInputStream(DmnFile.pathOf(k))) {
                return engine.parseDecision(k, in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Records "decisionKey/ruleId" for every matched rule of the decision and of its required decisions. */
    private final class RuleRecorder implements DmnDecisionEvaluationListener {
        @Override
        public void notify(DmnDecisionEvaluationEvent event) {
            record(event.getDecisionResult());
            event.getRequiredDecisionResults().forEach(this::record);
        }

        private void record(DmnDecisionLogicEvaluationEvent event) {
            if (event instanceof DmnDecisionTableEvaluationEvent table) {
                for (DmnEvaluatedDecisionRule rule : table.getMatchingRules()) {
                    matchedRules.add(table.getDecision().getKey() + "/" + rule.getId());
                }
            }
        }
    }
}
