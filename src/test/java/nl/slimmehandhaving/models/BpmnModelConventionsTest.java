package nl.slimmehandhaving.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conventions every model in {@code bpmn/} follows, so that it deploys, opens laid out in Camunda Modeler
 * (execution platform Camunda 7.24) and matches the contract in {@code docs/process-model.md}.
 * Runs without Spring or an engine: only the Camunda model API reads the files.
 */
class BpmnModelConventionsTest {

  private static final Path BPMN_DIR = Path.of("bpmn");
  private static final Path DMN_DIR = Path.of("dmn");

  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final String EXECUTION_PLATFORM = "Camunda Platform";
  private static final String EXECUTION_PLATFORM_VERSION = "7.24.0";

  /** Each file is read and validated once; the tests share the parsed model. */
  private static final Map<Path, BpmnModelInstance> MODELS = new ConcurrentHashMap<>();

  static Stream<Path> bpmnFiles() throws IOException {
    return modelFiles(BPMN_DIR, ".bpmn").stream();
  }

  private static List<Path> modelFiles(Path dir, String extension) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(extension))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static BpmnModelInstance model(Path file) {
    return MODELS.computeIfAbsent(file, path -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
      Bpmn.validateModel(model);
      return model;
    });
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Test
  void theModelFolderHoldsTheProcesses() throws IOException {
    assertThat(BPMN_DIR).as("bpmn/ relative to the working directory").isDirectory();
    assertThat(modelFiles(BPMN_DIR, ".bpmn")).as("BPMN files in bpmn/").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void parsesAndValidatesAgainstTheBpmnSchema(Path file) {
    BpmnModelInstance model = model(file);

    assertThat(model.getDefinitions()).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void holdsOneExecutableProcessNamedAfterTheFile(Path file) {
    Collection<Process> processes = model(file).getModelElementsByType(Process.class);

    assertThat(processes).as("processes in %s", file).hasSize(1);
    Process process = processes.iterator().next();
    assertThat(process.getId()).as("process id in %s", file).isEqualTo(baseName(file));
    assertThat(process.isExecutable()).as("isExecutable of %s", process.getId()).isTrue();
    assertThat(process.getName()).as("name of %s", process.getId()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void setsHistoryTimeToLive(Path file) {
    for (Process process : model(file).getModelElementsByType(Process.class)) {
      assertThat(process.getCamundaHistoryTimeToLiveString())
          .as("camunda:historyTimeToLive of %s", process.getId())
          .isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void targetsCamundaPlatform724(Path file) {
    Definitions definitions = model(file).getDefinitions();

    assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
        .as("modeler:executionPlatform of %s", file)
        .isEqualTo(EXECUTION_PLATFORM);
    assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))
        .as("modeler:executionPlatformVersion of %s", file)
        .isEqualTo(EXECUTION_PLATFORM_VERSION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void everyFlowNodeAndSequenceFlowHasDiagramInterchange(Path file) {
    BpmnModelInstance model = model(file);
    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(BpmnShape::getBpmnElement)
        .filter(element -> element != null)
        .map(BaseElement::getId)
        .collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getWaypoints().size() >= 2)
        .map(BpmnEdge::getBpmnElement)
        .filter(element -> element != null)
        .map(BaseElement::getId)
        .collect(Collectors.toSet());

    List<String> missing = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shapes.contains(node.getId())) {
        missing.add(node.getId() + " has no BPMNShape");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        missing.add(flow.getId() + " has no BPMNEdge with waypoints");
      }
    }

    assertThat(missing).as("diagram interchange in %s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void everyUserTaskHasAFormCandidateGroupsAndADueDate(Path file) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
      if (isBlank(task.getCamundaFormRef())) {
        problems.add(task.getId() + " has no camunda:formRef");
      }
      if (isBlank(task.getCamundaCandidateGroups())) {
        problems.add(task.getId() + " has no camunda:candidateGroups");
      }
      if (isBlank(task.getCamundaDueDate())) {
        problems.add(task.getId() + " has no camunda:dueDate");
      }
    }

    assertThat(problems).as("user tasks in %s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void idsFollowTheNamingConventions(Path file) {
    BpmnModelInstance model = model(file);
    List<String> problems = new ArrayList<>();

    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String prefix = expectedPrefix(element);
      if (!Pattern.matches(Pattern.quote(prefix) + "[A-Z][A-Za-z0-9]*", element.getId())) {
        problems.add(element.getElementType().getTypeName() + " " + element.getId() + " should be " + prefix + "<UpperCamelCase>");
      }
    }
    for (Message message : model.getModelElementsByType(Message.class)) {
      if (!Pattern.matches("Msg_[A-Z][A-Za-z0-9]*", message.getId())) {
        problems.add("message " + message.getId() + " should be Msg_<UpperCamelCase>");
      }
    }

    assertThat(problems).as("ids in %s", file).isEmpty();
  }

  private static String expectedPrefix(FlowElement element) {
    if (element instanceof SequenceFlow) {
      return "Flow_";
    }
    if (element instanceof StartEvent) {
      return "StartEvent_";
    }
    if (element instanceof EndEvent) {
      return "End_";
    }
    if (element instanceof Event event) {
      Collection<EventDefinition> definitions = eventDefinitions(event);
      if (definitions.stream().anyMatch(TimerEventDefinition.class::isInstance)) {
        return "Timer_";
      }
      if (definitions.stream().anyMatch(MessageEventDefinition.class::isInstance)) {
        return "Msg_";
      }
      return "Event_";
    }
    if (element instanceof Gateway) {
      return "Gateway_";
    }
    if (element instanceof CallActivity) {
      return "CallActivity_";
    }
    if (element instanceof SubProcess) {
      return "SubProcess_";
    }
    if (element instanceof Task) {
      return "Task_";
    }
    return element.getElementType().getTypeName() + "_";
  }

  private static Collection<EventDefinition> eventDefinitions(Event event) {
    if (event instanceof CatchEvent catchEvent) {
      return catchEvent.getEventDefinitions();
    }
    if (event instanceof ThrowEvent throwEvent) {
      return throwEvent.getEventDefinitions();
    }
    return List.of();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void everyCalledElementIsAProcessInTheModelFolder(Path file) throws IOException {
    Set<String> processIds = new TreeSet<>();
    for (Path other : modelFiles(BPMN_DIR, ".bpmn")) {
      model(other).getModelElementsByType(Process.class).forEach(process -> processIds.add(process.getId()));
    }

    for (CallActivity callActivity : model(file).getModelElementsByType(CallActivity.class)) {
      assertThat(callActivity.getCalledElement())
          .as("calledElement of %s in %s", callActivity.getId(), file)
          .isIn(processIds);
    }
  }

  /**
   * Asserts only once {@code dmn/} holds decision files; until then the test is reported as skipped
   * rather than passing on nothing.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void everyDecisionRefIsADecisionInTheDmnFolder(Path file) throws IOException {
    List<Path> dmnFiles = modelFiles(DMN_DIR, ".dmn");
    assumeTrue(!dmnFiles.isEmpty(), "no dmn/*.dmn files yet: decision references not checked");

    Set<String> decisionIds = new TreeSet<>();
    for (Path dmnFile : dmnFiles) {
      Dmn.readModelFromFile(dmnFile.toFile()).getModelElementsByType(Decision.class)
          .forEach(decision -> decisionIds.add(decision.getId()));
    }

    for (BusinessRuleTask task : model(file).getModelElementsByType(BusinessRuleTask.class)) {
      assertThat(task.getCamundaDecisionRef())
          .as("camunda:decisionRef of %s in %s", task.getId(), file)
          .isIn(decisionIds);
    }
  }
}
