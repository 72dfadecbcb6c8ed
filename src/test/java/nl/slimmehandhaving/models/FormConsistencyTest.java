package nl.slimmehandhaving.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the Camunda Forms in {@code forms/} against themselves, the BPMN models that reference them and the
 * versioned posture questionnaire (see docs/process-model.md). Plain JUnit: no Spring context.
 */
class FormConsistencyTest {

    private static final Path FORMS = Path.of("forms");
    private static final Path BPMN = Path.of("bpmn");
    private static final Path QUESTIONNAIRE =
            Path.of("src/main/resources/profiling/posture-questionnaire-v1.json");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private static final List<String> CONTRACT_FORMS = List.of(
            "Form_AssessSignal", "Form_HoldConversation", "Form_AssessFile", "Form_RecordQuestionnaire",
            "Form_ConfirmPosture", "Form_ChooseInstruments", "Form_CheckCompliance",
            "Form_HoldFollowUpConversation", "Form_ReferToDebtCounselling", "Form_PrepareRecovery",
            "Form_ExecuteInstrument", "Form_EstablishFacts", "Form_ConfirmSanction", "Form_CallAboutIntent",
            "Form_WeighView", "Form_ApproveDecision", "Form_CallAboutObjection", "Form_HandleObjection",
            "Form_PrepareProsecutionFile");
    private static final Set<String> POSTURES =
            Set.of("COMMITMENT", "CAPITULATION", "RESISTANCE", "DISENGAGEMENT", "GAME_PLAYING");
    private static final Set<String> CHANNELS = Set.of("PHONE", "VIDEO", "FACE_TO_FACE", "LETTER", "EMAIL");
    private static final Set<String> INSTRUMENTS = Set.of("INFORMATION_LETTER", "ADVICE_CONVERSATION",
            "NORM_CONVERSATION", "GUIDANCE", "DEBT_COUNSELLING_REFERRAL", "INTENSIFIED_MONITORING",
            "RECOVERY_ORDER", "SANCTION_PROCEDURE");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyFormIsValidAndIdentifiedByItsFileName() throws IOException {
        List<Path> forms = formFiles();
        assertThat(forms).isNotEmpty();

        for (Path file : forms) {
            JsonNode form = mapper.readTree(file.toFile());
            String fileId = file.getFileName().toString().replaceFirst("\\.form$", "");
            assertThat(form.path("id").asText()).as("id of %s", file).isEqualTo(fileId);
            assertThat(form.path("type").asText()).as("type of %s", file).isEqualTo("default");
            assertThat(form.path("executionPlatform").asText()).as("platform of %s", file)
                    .isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as("platform version of %s", file)
                    .isEqualTo("7.24.0");
            assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", file).isEqualTo(16);

            List<JsonNode> components = components(form);
            assertThat(components).as("components of %s", file).isNotEmpty();
            List<String> ids = components.stream().map(c -> c.path("id").asText(null)).toList();
            assertThat(ids).as("component ids of %s", file).doesNotContainNull().doesNotHaveDuplicates();
            List<String> keys = components.stream().filter(c -> c.hasNonNull("key"))
                    .map(c -> c.get("key").asText()).toList();
            assertThat(keys).as("keys of %s", file).doesNotHaveDuplicates();
            for (JsonNode component : components) {
                assertThat(component.path("type").asText()).as("type of %s in %s", component.path("id"), file)
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyFormOfTheContractExists() {
        for (String formId : CONTRACT_FORMS) {
            assertThat(FORMS.resolve(formId + ".form")).as("form %s", formId).isRegularFile();
        }
    }

    @Test
    void everyFormRefInTheBpmnModelsPointsToAnExistingForm() throws Exception {
        // The BPMN files are written in parallel: with no bpmn/ yet this asserts over zero references.
        Map<String, String> refs = new LinkedHashMap<>();
        for (Path file : filesWithExtension(BPMN, ".bpmn")) {
            Document document = parse(file);
            NodeList all = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (element.hasAttributeNS(CAMUNDA_NS, "formRef")) {
                    String elementId = element.getAttribute("id");
                    refs.put(file.getFileName() + "#" + elementId, element.getAttributeNS(CAMUNDA_NS, "formRef"));
                }
            }
        }
        refs.forEach((where, formRef) -> assertThat(FORMS.resolve(formRef + ".form"))
                .as("camunda:formRef '%s' of %s", formRef, where).isRegularFile());
    }

    @Test
    void questionnaireFormHasOneRadioPerItemWithTheSameText() throws IOException {
        JsonNode questionnaire = mapper.readTree(QUESTIONNAIRE.toFile());
        JsonNode form = mapper.readTree(FORMS.resolve("Form_RecordQuestionnaire.form").toFile());
        List<JsonNode> radios = components(form).stream().filter(c -> "radio".equals(c.path("type").asText()))
                .toList();
        List<JsonNode> items = new ArrayList<>();
        questionnaire.path("items").forEach(items::add);

        assertThat(radios).hasSameSizeAs(items);
        Map<String, JsonNode> radioByKey = radios.stream()
                .collect(Collectors.toMap(r -> r.path("key").asText(), r -> r, (a, b) -> a, LinkedHashMap::new));
        assertThat(radioByKey.keySet()).containsExactlyElementsOf(
                items.stream().map(i -> i.path("code").asText()).toList());
        for (JsonNode item : items) {
            JsonNode radio = radioByKey.get(item.path("code").asText());
            assertThat(radio.path("label").asText()).as("label of %s", item.path("code"))
                    .isEqualTo(item.path("text").asText());
            List<String> values = new ArrayList<>();
            radio.path("values").forEach(v -> values.add(v.path("value").asText()));
            assertThat(values).as("values of %s", item.path("code")).containsExactly("1", "2", "3", "4", "5");
            assertThat(radio.path("validate").path("required").asBoolean(false))
                    .as("%s must not be required", item.path("code")).isFalse();
        }
    }

    @Test
    void questionnaireCoversEveryPostureWithFourToSixItems() throws IOException {
        JsonNode questionnaire = mapper.readTree(QUESTIONNAIRE.toFile());
        assertThat(questionnaire.path("version").asInt()).isPositive();
        assertThat(questionnaire.path("scale").path("min").asInt()).isEqualTo(1);
        assertThat(questionnaire.path("scale").path("max").asInt()).isEqualTo(5);
        assertThat(questionnaire.path("minimumAnsweredShare").asDouble()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);

        List<String> codes = new ArrayList<>();
        Map<String, Integer> perPosture = new LinkedHashMap<>();
        Map<String, Integer> plainPerPosture = new LinkedHashMap<>();
        for (JsonNode item : questionnaire.path("items")) {
            String code = item.path("code").asText();
            String posture = item.path("posture").asText();
            codes.add(code);
            assertThat(code).matches("q\\d{2}");
            assertThat(POSTURES).as("posture of %s", code).contains(posture);
            assertThat(item.path("text").asText()).as("text of %s", code).isNotBlank();
            assertThat(item.path("reverseScored").isBoolean()).as("reverseScored of %s", code).isTrue();
            perPosture.merge(posture, 1, Integer::sum);
            if (!item.path("reverseScored").asBoolean()) {
                plainPerPosture.merge(posture, 1, Integer::sum);
            }
        }
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(perPosture.keySet()).containsExactlyInAnyOrderElementsOf(POSTURES);
        perPosture.forEach((posture, count) -> assertThat(count).as("items for %s", posture).isBetween(4, 6));
        assertThat(plainPerPosture.keySet()).as("postures with at least one item that is not reverse-scored")
                .containsExactlyInAnyOrderElementsOf(POSTURES);
    }

    @Test
    void codedFieldsOfferExactlyTheContractCodes() throws IOException {
        for (Path file : formFiles()) {
            for (JsonNode component : components(mapper.readTree(file.toFile()))) {
                String key = component.path("key").asText("");
                Set<String> expected = switch (key) {
                    case "posture" -> POSTURES;
                    case "channelUsed" -> CHANNELS;
                    case "chosenInstruments" -> INSTRUMENTS;
                    case "culpability" -> Set.of("INTENT", "GROSS_NEGLIGENCE", "ORDINARY", "REDUCED", "NONE");
                    case "sanction" -> Set.of("FINE", "WARNING", "NO_SANCTION", "CRIMINAL_REFERRAL");
                    default -> null;
                };
                if (expected == null) {
                    continue;
                }
                Set<String> values = new HashSet<>();
                component.path("values").forEach(v -> values.add(v.path("value").asText()));
                assertThat(values).as("values of %s in %s", key, file).isEqualTo(expected);
            }
        }
    }

    private static List<Path> formFiles() throws IOException {
        return filesWithExtension(FORMS, ".form");
    }

    private static List<Path> filesWithExtension(Path dir, String extension) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    /** All components of a form, depth first, including those nested in groups and dynamic lists. */
    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            result.add(component);
            result.addAll(components(component));
        }
        return result;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parse(in);
        }
    }
}
