package nl.slimmehandhaving.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * Fairness guardrails (issue 4 point 6; domain brief section 6): no decision may use nationality, ethnicity,
 * country of birth, language, sex/gender, age/date of birth, postcode/address, health, debts or similar proxies.
 * The deny-list lives in one place: {@code src/test/resources/models/forbidden-decision-inputs.txt}.
 *
 * <p>What is checked: every input expression and input label, every variable a FEEL text reads (input entries,
 * output entries, literal expressions; string literals are values, not inputs, and are skipped), every output
 * name, every literal-expression variable name and every input data name. Output values such as
 * {@code "DEBT_COUNSELLING_REFERRAL"} (an offer to the client) are deliberately not checked.
 */
class FairnessGuardrailsTest {

    private static final String DENY_LIST = "/models/forbidden-decision-inputs.txt";
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[\\p{Ll}\\p{N}])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    private static final List<List<String>> DENIED = readDenyList();

    @Test
    void noDecisionInDmnUsesAForbiddenInput() {
        List<Path> models = DmnFile.allModelPaths();
        assertFalse(models.isEmpty(), "no DMN files in " + DmnFile.DMN_DIR.toAbsolutePath());
        List<String> findings = new ArrayList<>();
        for (Path path : models) {
            findings.addAll(scan(DmnFile.read(path)));
        }
        assertTrue(findings.isEmpty(), "forbidden decision inputs (domain brief §6):\n  " + String.join("\n  ", findings));
    }

    @Test
    void theFixtureWithForbiddenInputsIsFlagged() {
        List<String> findings = scan(fixture("ForbiddenInputs.dmn"));
        String all = String.join("\n", findings);
        for (String expected : List.of("clientNationality", "home_postcode", "Nationaliteit", "Woonadres",
                "preferredLanguage", "healthIndex", "leeftijd", "monthlyDebtTotal", "clientDateOfBirth",
                "Geboortedatum klant")) {
            assertTrue(all.contains("'" + expected + "'"), "the fixture's '" + expected + "' must be flagged; findings:\n" + all);
        }
    }

    @Test
    void lookalikesAndOutputValuesAreNotFlagged() {
        // "stage" and "percentage" contain "age", "totaal" ends with "taal", and DEBT_COUNSELLING_REFERRAL is an
        // output value: none of these is a forbidden input.
        assertEquals(List.of(), scan(fixture("AllowedLookalikes.dmn")));
    }

    @Test
    void wordMatchingFollowsTheDocumentedRules() {
        assertTrue(isForbidden("clientDateOfBirth"));
        assertTrue(isForbidden("COUNTRY_OF_BIRTH"));
        assertTrue(isForbidden("geboortedatum"));
        assertTrue(isForbidden("woonadres"));
        assertTrue(isForbidden("age"));
        assertTrue(isForbidden("clientAge"));
        assertTrue(isForbidden("GENDER"));
        assertTrue(isForbidden("schuldenlast"));
        assertFalse(isForbidden("stage"));
        assertFalse(isForbidden("percentage"));
        assertFalse(isForbidden("message"));
        assertFalse(isForbidden("totaalbedrag"));
        assertFalse(isForbidden("overpaymentAmount"));
        assertFalse(isForbidden("culpability"));
    }

    /** Issue 4 point 6: the profiling and instrument decisions read exactly the documented variables. */
    @ParameterizedTest
    @ValueSource(strings = {"PostureDetermination", "InstrumentChoice"})
    void profilingDecisionsReadOnlyTheDocumentedVariables(String key) {
        DecisionContract contract = DecisionContract.read().get(key);
        DmnFile file = DmnFile.read(DmnFile.pathOf(key));
        assertEquals(new TreeSet<>(contract.inputs()), new TreeSet<>(file.externalVariables(key)),
                key + " must read exactly the inputs documented in docs/process-model.md");
        // every input clause of the top decision table is a documented input or derived from a required decision
        Set<String> provided = new TreeSet<>();
        for (Element d : file.drdOf(key)) {
            DmnFile.requiredDecisionIds(d).forEach(r -> provided.addAll(DmnFile.providedNames(file.decision(r).orElseThrow())));
        }
        for (Element d : file.drdOf(key)) {
            DmnFile.decisionTable(d).ifPresent(t -> DmnFile.inputs(t).forEach(input -> {
                Set<String> names = DmnFile.referencedNames(DmnFile.inputExpressionText(input));
                assertFalse(names.isEmpty(), key + ": input '" + input.getAttribute("label") + "' reads nothing");
                for (String name : names) {
                    assertTrue(contract.inputs().contains(name) || provided.contains(name),
                            key + ": input expression '" + DmnFile.inputExpressionText(input) + "' reads '" + name
                                    + "', which is not a documented input");
                }
            }));
        }
    }

    @Test
    void theDocumentedCheckWouldCatchAnExtraVariable() {
        DmnFile fixture = fixture("ForbiddenInputs.dmn");
        assertEquals(new TreeSet<>(Set.of("clientNationality", "home_postcode", "healthIndex", "leeftijd", "client")),
                new TreeSet<>(fixture.externalVariables("ForbiddenInputs")));
    }

    // --- the scanner ---

    static List<String> scan(DmnFile file) {
        List<String> findings = new ArrayList<>();
        for (Element decision : file.decisions()) {
            String where = file + " / " + decision.getAttribute("id");
            DmnFile.decisionTable(decision).ifPresent(table -> {
                for (Element input : DmnFile.inputs(table)) {
                    check(findings, where, "input label", input.getAttribute("label"));
                    checkFeel(findings, where, "input expression", DmnFile.inputExpressionText(input));
                }
                for (Element output : DmnFile.outputs(table)) {
                    check(findings, where, "output name", output.getAttribute("name"));
                }
                for (Element rule : DmnFile.rules(table)) {
                    DmnFile.children(rule, "inputEntry").forEach(e -> checkFeel(findings, where, "input entry", DmnFile.text(e)));
                    DmnFile.children(rule, "outputEntry").forEach(e -> checkFeel(findings, where, "output entry", DmnFile.text(e)));
                }
            });
            DmnFile.children(decision, "variable").forEach(v -> check(findings, where, "variable", v.getAttribute("name")));
            DmnFile.literalExpression(decision).ifPresent(l -> checkFeel(findings, where, "literal expression", DmnFile.text(l)));
        }
        for (Element data : file.inputData()) {
            String where = file + " / " + data.getAttribute("id");
            check(findings, where, "input data", data.getAttribute("name"));
            DmnFile.children(data, "variable").forEach(v -> check(findings, where, "input data variable", v.getAttribute("name")));
        }
        return findings;
    }

    private static void checkFeel(List<String> findings, String where, String kind, String feel) {
        String code = STRING_LITERAL.matcher(feel).replaceAll(" ");
        for (String identifier : code.split("[^A-Za-z0-9_]+")) {
            if (!identifier.isEmpty() && !Character.isDigit(identifier.charAt(0))) {
                check(findings, where, kind + " '" + feel.trim().replaceAll("\\s+", " ") + "' reads", identifier);
            }
        }
    }

    private static void check(List<String> findings, String where, String kind, String name) {
        if (name != null && !name.isBlank() && isForbidden(name)) {
            findings.add(where + ": " + kind + " '" + name + "' matches the deny-list");
        }
    }

    static boolean isForbidden(String name) {
        List<String> words = words(name);
        for (List<String> term : DENIED) {
            for (int i = 0; i + term.size() <= words.size(); i++) {
                boolean all = true;
                for (int j = 0; j < term.size() && all; j++) {
                    all = wordMatches(words.get(i + j), term.get(j));
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordMatches(String word, String term) {
        return word.equals(term)
                || (term.length() >= 4 && word.startsWith(term))
                || (term.length() >= 5 && word.endsWith(term));
    }

    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : WORD_SEPARATORS.split(name)) {
            for (String word : CAMEL_CASE.split(part)) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static List<List<String>> readDenyList() {
        try (InputStream in = FairnessGuardrailsTest.class.getResourceAsStream(DENY_LIST)) {
            if (in == null) {
                throw new IllegalStateException("deny-list not found on the classpath: " + DENY_LIST);
            }
            List<List<String>> terms = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> terms.add(Arrays.asList(l.toLowerCase(Locale.ROOT).split("\\s+"))));
            return terms;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DmnFile fixture(String name) {
        try (InputStream in = FairnessGuardrailsTest.class.getResourceAsStream("/models/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture not found: " + name);
            }
            return DmnFile.parse(name, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
