package nl.slimmehandhaving.organisations;

import static java.util.Map.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.intake.SignalRequest;
import nl.slimmehandhaving.intake.SignalService;
import nl.slimmehandhaving.profiling.Posture;
import nl.slimmehandhaving.profiling.QuestionnaireCatalogue;
import nl.slimmehandhaving.profiling.ExampleAnswers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The steps of a case as a caseworker takes them, in the vocabulary of the process model (demo data, tests). */
@Component
public class CaseworkSteps {

    private static final List<String> EXECUTION_TASKS = List.of("Task_HoldFollowUpConversation",
            "Task_ReferToDebtCounselling", "Task_PrepareRecovery", "Task_ExecuteOtherInstrument");

    private final SignalService signals;
    private final CaseworkerActions caseworker;
    private final QuestionnaireCatalogue questionnaires;
    private final TaskService taskService;
    private final IdentityService identityService;

    CaseworkSteps(SignalService signals, CaseworkerActions caseworker, QuestionnaireCatalogue questionnaires,
                   TaskService taskService, IdentityService identityService) {
        this.signals = signals;
        this.caseworker = caseworker;
        this.questionnaires = questionnaires;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    public String register(SignalRequest request) {
        String caseNumber = signals.register(request).caseNumber();
        caseworker.runJobs(caseNumber);
        return caseNumber;
    }

    public void assessSignal(String user, String caseNumber, boolean substantiated, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("signalSubstantiated", substantiated);
        form.put("negativeDecisionIntended", false);
        form.put("triageReason", reason);
        caseworker.claimAndComplete(user, caseNumber, "Task_AssessSignal", form);
    }

    public void holdConversation(String user, String caseNumber, boolean violationEstablished) {
        caseworker.claimAndComplete(user, caseNumber, "Task_HoldConversation", Map.of(
                "channelUsed", "PHONE",
                "conversationSummary", "Gesprek over de gewijzigde inkomsten; klant was open en meewerkend.",
                "clientExplanation", "Ik wist niet dat ik een bijbaan van twee uur per week moest melden.",
                "violationEstablished", violationEstablished));
    }

    public void answerQuestionnaire(String user, String caseNumber, Map<String, Object> answers) {
        caseworker.claimAndComplete(user, caseNumber, "Task_RecordQuestionnaire", answers);
    }

    public void answerQuestionnaireFavouring(String user, String caseNumber, Posture posture) {
        answerQuestionnaire(user, caseNumber, ExampleAnswers.favouring(questionnaires.current(), posture));
    }

    public void confirmPosture(String user, String caseNumber, String posture, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("posture", posture);
        form.put("postureOverrideReason", reason);
        caseworker.claimAndComplete(user, caseNumber, "Task_ConfirmPosture", form);
    }

    public void profile(String user, String caseNumber, Posture posture) {
        answerQuestionnaireFavouring(user, caseNumber, posture);
        confirmPosture(user, caseNumber, posture.name(), null);
    }

    public void chooseInstruments(String user, String caseNumber, List<String> instruments, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("chosenInstruments", instruments);
        form.put("instrumentChangeReason", reason);
        caseworker.claimAndComplete(user, caseNumber, "Task_ChooseInstruments", form);
    }

    /** Accepts the proposal as it stands in the form. */
    public void acceptProposedInstruments(String user, String caseNumber) {
        Task task = caseworker.task(caseNumber, "Task_ChooseInstruments");
        caseworker.claimAndComplete(user, caseNumber, "Task_ChooseInstruments",
                Map.of("chosenInstruments", taskService.getVariable(task.getId(), "chosenInstruments")));
    }

    /** Completes every open instrument task of the case, each with a note of what was done. */
    public void carryOutInstruments(String user, String caseNumber) {
        for (String key : EXECUTION_TASKS) {
            while (caseworker.openTaskKeys(caseNumber).contains(key)) {
                Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                        .taskDefinitionKey(key).listPage(0, 1).get(0);
                caseworker.as(user, () -> {
                    taskService.claim(task.getId(), user);
                    taskService.complete(task.getId(), Map.ofEntries(
                            entry("executionNotes", "Uitgevoerd en met de klant besproken."),
                            entry("overpaymentAmount", 1200),
                            entry("clientConsent", true)));
                });
                caseworker.runJobs(caseNumber);
            }
        }
        while (caseworker.openTaskKeys(caseNumber).contains("Task_EstablishFacts")) {
            walkSanctionProcedure(user, caseNumber);
        }
    }

    /**
     * The sanction procedure with sensible defaults: EUR 1,200 overpaid, ordinary culpability, the proposal
     * accepted, no view within two weeks, approved by a senior colleague, no objection within six weeks.
     */
    public void walkSanctionProcedure(String user, String caseNumber) {
        establishFacts(user, caseNumber, 1200, "ORDINARY", false);
        acceptProposedSanction(user, caseNumber);
        callAboutIntent(user, caseNumber);
        caseworker.fireTimer(caseNumber, "Timer_ViewPeriod");
        weighView(user, caseNumber);
        approveDecision(seniorColleagueOf(user, caseNumber), caseNumber, true, null);
        caseworker.fireTimer(caseNumber, "Timer_ObjectionPeriod");
    }

    public void establishFacts(String user, String caseNumber, double overpayment, String culpability,
                               boolean selfReported) {
        caseworker.claimAndComplete(user, caseNumber, "Task_EstablishFacts", Map.of(
                "overpaymentAmount", overpayment,
                "culpability", culpability,
                "culpabilityReasoning", "Klant wist van de meldplicht en meldde de bijbaan niet.",
                "selfReported", selfReported,
                "urgentReasons", false,
                "limitedMeansToPay", false));
    }

    /** Accepts SanctionDecision's proposal as it stands in the form. */
    public void acceptProposedSanction(String user, String caseNumber) {
        Task task = caseworker.task(caseNumber, "Task_ConfirmSanction");
        Map<String, Object> form = new HashMap<>();
        form.put("sanction", taskService.getVariable(task.getId(), "sanction"));
        form.put("fineAmount", taskService.getVariable(task.getId(), "fineAmount"));
        form.put("deviationReason", "");
        caseworker.claimAndComplete(user, caseNumber, "Task_ConfirmSanction", form);
    }

    public void decideSanction(String user, String caseNumber, String sanction, double fineAmount, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("sanction", sanction);
        form.put("fineAmount", fineAmount);
        form.put("deviationReason", reason);
        caseworker.claimAndComplete(user, caseNumber, "Task_ConfirmSanction", form);
    }

    public void callAboutIntent(String user, String caseNumber) {
        caseworker.claimAndComplete(user, caseNumber, "Task_CallAboutIntent", Map.of("callSummary",
                "Klant gebeld: voornemen uitgelegd, gewezen op zienswijze en betalingsregeling."));
    }

    public void weighView(String user, String caseNumber) {
        caseworker.claimAndComplete(user, caseNumber, "Task_WeighView", Map.of("viewWeighing",
                "Zienswijze gelezen; geen nieuwe feiten, het besluit blijft staan."));
    }

    public void approveDecision(String senior, String caseNumber, boolean approved, String rejectionReason) {
        Map<String, Object> form = new HashMap<>();
        form.put("decisionApproved", approved);
        form.put("rejectionReason", rejectionReason);
        caseworker.claimAndComplete(senior, caseNumber, "Task_ApproveDecision", form);
    }

    /** A senior caseworker of the task's organisation other than {@code user} (four eyes). */
    public String seniorColleagueOf(String user, String caseNumber) {
        String organisation = caseworker.task(caseNumber, "Task_ApproveDecision").getTenantId();
        return identityService.createUserQuery().memberOfGroup(organisation + "-senior-handhavers").list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId).filter(id -> !id.equals(user)).findFirst()
                .orElseThrow(() -> new AssertionError("No senior caseworker besides " + user + " in " + organisation));
    }

    public void monitoringDue(String caseNumber) {
        caseworker.fireTimer(caseNumber, "Timer_MonitoringDue");
    }

    public void checkCompliance(String user, String caseNumber, boolean compliant, boolean reprofile) {
        caseworker.claimAndComplete(user, caseNumber, "Task_CheckCompliance", Map.of(
                "compliant", compliant,
                "reprofileRequested", reprofile,
                "complianceNotes", compliant ? "Wijzigingen worden nu op tijd gemeld." : "Opnieuw inkomsten niet gemeld."));
    }

    /** From a registered signal to the first compliance check, the happy way. */
    public String untilComplianceCheck(SignalRequest request, String user, Posture posture, boolean violation) {
        String caseNumber = register(request);
        assessSignal(user, caseNumber, true, null);
        holdConversation(user, caseNumber, violation);
        profile(user, caseNumber, posture);
        acceptProposedInstruments(user, caseNumber);
        carryOutInstruments(user, caseNumber);
        monitoringDue(caseNumber);
        return caseNumber;
    }
}
