package nl.slimmehandhaving.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Read-only view of a DMN 1.3 file for static checks: decisions, input clauses, input data,
 * required decisions and the FEEL texts in them. Uses plain DOM so it sees exactly what is in the file.
 */
final class DmnFile {

    static final String DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final String DMNDI13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";
    static final String MODELER = "http://camunda.org/schema/modeler/1.0";

    /** The folder holding the deployable models, relative to the project directory (Maven's working directory). */
    static final Path DMN_DIR = Path.of("dmn");
    static final Path EXAMPLES_DIR = DMN_DIR.resolve("examples");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern FUNCTION_PARAMS = Pattern.compile("function\\s*\\(([^)]*)\\)");
    /** Names bound inside an expression: iteration variables and context keys. */
    private static final Pattern BOUND_NAMES = Pattern.compile(
            "\\b(?:for|some|every)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+in\\b|([A-Za-z_][A-Za-z0-9_]*)\\s*:");
    /** Built-in FEEL functions whose names contain spaces; replaced before identifiers are read. */
    private static final Pattern MULTI_WORD_FUNCTION = Pattern.compile("\\b(?:upper case|lower case|string length|"
            + "substring before|substring after|starts with|ends with|string join|list contains|distinct values|"
            + "index of|insert before|get value|get entries|context put|context merge|is defined|get or else|"
            + "date and time|years and months duration|day of week|day of year|month of year|week of year|"
            + "last day of month|round up|round down|round half up|round half down)\\s*\\(");
    private static final Set<String> FEEL_KEYWORDS = Set.of("if", "then", "else", "for", "in", "return", "some",
            "every", "satisfies", "and", "or", "not", "null", "true", "false", "function", "instance", "of",
            "between", "item", "external");

    final String fileName;
    final Document document;

    private DmnFile(String fileName, Document document) {
        this.fileName = fileName;
        this.document = document;
    }

    static DmnFile read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(path.getFileName().toString(), in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    static DmnFile parse(String fileName, InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new DmnFile(fileName, factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + fileName, e);
        }
    }

    /** All DMN files in {@code dmn/}, sorted by name. */
    static List<Path> allModelPaths() {
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".dmn")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + DMN_DIR.toAbsolutePath(), e);
        }
    }

    static Path pathOf(String decisionKey) {
        return DMN_DIR.resolve(decisionKey + ".dmn");
    }

    Element definitions() {
        return document.getDocumentElement();
    }

    List<Element> decisions() {
        return children(definitions(), "decision");
    }

    List<Element> inputData() {
        return children(definitions(), "inputData");
    }

    Optional<Element> decision(String id) {
        return decisions().stream().filter(d -> id.equals(d.getAttribute("id"))).findFirst();
    }

    /** Decisions that no other decision in this file requires. */
    List<Element> topDecisions() {
        Set<String> required = new LinkedHashSet<>();
        for (Element d : decisions()) {
            required.addAll(requiredDecisionIds(d));
        }
        return decisions().stream().filter(d -> !required.contains(d.getAttribute("id"))).toList();
    }

    static List<String> requiredDecisionIds(Element decision) {
        List<String> ids = new ArrayList<>();
        for (Element req : children(decision, "informationRequirement")) {
            for (Element rd : children(req, "requiredDecision")) {
                ids.add(rd.getAttribute("href").replaceFirst("^#", ""));
            }
        }
        return ids;
    }

    static List<String> requiredInputIds(Element decision) {
        List<String> ids = new ArrayList<>();
        for (Element req : children(decision, "informationRequirement")) {
            for (Element ri : children(req, "requiredInput")) {
                ids.add(ri.getAttribute("href").replaceFirst("^#", ""));
            }
        }
        return ids;
    }

    /** The decision and every decision it (transitively) requires, the decision itself first. */
    List<Element> drdOf(String decisionId) {
        Map<String, Element> result = new LinkedHashMap<>();
        collect(decisionId, result);
        return new ArrayList<>(result.values());
    }

    private void collect(String id, Map<String, Element> result) {
        if (result.containsKey(id)) {
            return;
        }
        Element d = decision(id).orElseThrow(() -> new IllegalStateException(fileName + ": no decision " + id));
        result.put(id, d);
        for (String req : requiredDecisionIds(d)) {
            collect(req, result);
        }
    }

    static Optional<Element> decisionTable(Element decision) {
        return children(decision, "decisionTable").stream().findFirst();
    }

    static Optional<Element> literalExpression(Element decision) {
        return children(decision, "literalExpression").stream().findFirst();
    }

    static List<Element> inputs(Element table) {
        return children(table, "input");
    }

    static List<Element> outputs(Element table) {
        return children(table, "output");
    }

    static List<Element> rules(Element table) {
        return children(table, "rule");
    }

    static String inputExpressionText(Element input) {
        return children(input, "inputExpression").stream().findFirst().map(DmnFile::text).orElse("").trim();
    }

    static String inputExpressionTypeRef(Element input) {
        return children(input, "inputExpression").stream().findFirst().map(e -> e.getAttribute("typeRef")).orElse("");
    }

    /** Text of the {@code <text>} child, or "" when missing. */
    static String text(Element element) {
        return children(element, "text").stream().findFirst().map(Node::getTextContent).orElse("");
    }

    static String description(Element element) {
        return children(element, "description").stream().findFirst().map(Node::getTextContent).orElse("").trim();
    }

    /** Names the decision makes available to decisions that require it: its variable or its output names. */
    static Set<String> providedNames(Element decision) {
        Set<String> names = new LinkedHashSet<>();
        children(decision, "variable").forEach(v -> names.add(v.getAttribute("name")));
        decisionTable(decision).ifPresent(t -> outputs(t).forEach(o -> names.add(o.getAttribute("name"))));
        names.remove("");
        return names;
    }

    /** Every FEEL text in a decision: input expressions, input entries, output entries, literal expression. */
    static List<String> feelTexts(Element decision) {
        List<String> texts = new ArrayList<>();
        decisionTable(decision).ifPresent(table -> {
            inputs(table).forEach(i -> texts.add(inputExpressionText(i)));
            for (Element rule : rules(table)) {
                children(rule, "inputEntry").forEach(e -> texts.add(text(e)));
                children(rule, "outputEntry").forEach(e -> texts.add(text(e)));
            }
        });
        literalExpression(decision).ifPresent(l -> texts.add(text(l)));
        return texts;
    }

    /**
     * Variable names a FEEL expression reads from its context: identifiers that are not keywords, function
     * names, names the expression binds itself (function parameters, for/some/every variables, context keys),
     * path segments (after a dot) or inside string literals.
     */
    static Set<String> referencedNames(String feel) {
        String code = STRING_LITERAL.matcher(feel).replaceAll("\"\"");
        code = MULTI_WORD_FUNCTION.matcher(code).replaceAll("f(");
        Set<String> params = new LinkedHashSet<>();
        Matcher fm = FUNCTION_PARAMS.matcher(code);
        while (fm.find()) {
            for (String p : fm.group(1).split(",")) {
                params.add(p.split(":")[0].trim());
            }
        }
        Matcher bm = BOUND_NAMES.matcher(code);
        while (bm.find()) {
            params.add(bm.group(1) != null ? bm.group(1) : bm.group(2));
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(code);
        while (m.find()) {
            String name = m.group();
            int start = m.start();
            if (start > 0 && Character.isDigit(code.charAt(start - 1))) {
                continue; // part of a number such as 1e3
            }
            if (FEEL_KEYWORDS.contains(name) || params.contains(name)) {
                continue;
            }
            char before = previousNonBlank(code, start);
            char after = nextNonBlank(code, m.end());
            if (before == '.' || after == '(' || after == ':') {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Variables the decision's DRD reads from the caller: all names referenced in the FEEL of every decision
     * in the DRD, minus those provided by required decisions.
     */
    Set<String> externalVariables(String decisionId) {
        List<Element> drd = drdOf(decisionId);
        Set<String> provided = new LinkedHashSet<>();
        for (Element d : drd) {
            for (String req : requiredDecisionIds(d)) {
                provided.addAll(providedNames(decision(req).orElseThrow()));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Element d : drd) {
            feelTexts(d).forEach(t -> names.addAll(referencedNames(t)));
        }
        names.removeAll(provided);
        return names;
    }

    /** typeRef of an input column: an input clause with exactly this expression, else an input data variable. */
    Optional<String> inputTypeRef(String decisionId, String inputName) {
        for (Element d : drdOf(decisionId)) {
            Optional<Element> table = decisionTable(d);
            if (table.isPresent()) {
                for (Element input : inputs(table.get())) {
                    if (inputName.equals(inputExpressionText(input))) {
                        return Optional.of(inputExpressionTypeRef(input));
                    }
                }
            }
        }
        for (Element data : inputData()) {
            for (Element v : children(data, "variable")) {
                if (inputName.equals(v.getAttribute("name"))) {
                    return Optional.of(v.getAttribute("typeRef"));
                }
            }
        }
        return Optional.empty();
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && DMN13.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    List<Element> allElements(String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static char previousNonBlank(String s, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    private static char nextNonBlank(String s, int index) {
        for (int i = index; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return fileName;
    }
}
