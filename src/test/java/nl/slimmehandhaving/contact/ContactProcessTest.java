package nl.slimmehandhaving.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.slimmehandhaving.organisations.CaseworkSteps;
import nl.slimmehandhaving.PostgresIntegrationTest;
import nl.slimmehandhaving.casefile.CaseFile;
import nl.slimmehandhaving.casefile.CaseFileService;
import nl.slimmehandhaving.intake.TestSignals;
import nl.slimmehandhaving.organisations.CaseworkerActions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ContactProcess: the invitation on the proposed channel, the conversation, and the no-show paths. */
class ContactProcessTest extends PostgresIntegrationTest {

    private static final String ORGANISATION = "gemeente-utrecht";
    private static final String EVA = "eva";

    @Autowired
    CaseworkSteps steps;
    @Autowired
    CaseworkerActions caseworker;
    @Autowired
    CaseFileService caseFiles;

    @Test
    void conversationHeldRecordsTheClientsOwnExplanationAndMovesOnToProfiling() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION, "TIP", new BigDecimal("800"), "VIDEO"));
        steps.assessSignal(EVA, caseNumber, true, null);

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_HoldConversation");
        assertThat(file(caseNumber).summary().stage()).isEqualTo("CONTACT");
        assertThat(file(caseNumber).contactMoments()).singleElement()
                .satisfies(invitation -> {
                    assertThat(invitation.kind()).isEqualTo("INVITATION");
                    assertThat(invitation.channel()).isEqualTo("VIDEO");
                });

        steps.holdConversation(EVA, caseNumber, false);

        CaseFile file = file(caseNumber);
        assertThat(file.contactMoments()).extracting(CaseFile.ContactView::kind).containsExactly("INVITATION", "CONVERSATION");
        assertThat(file.contactMoments().get(1).clientExplanation()).contains("bijbaan");
        assertThat(file.contactMoments().get(1).recordedBy()).isEqualTo(EVA);
        assertThat(file.violationEstablished()).isFalse();
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
    }

    @Test
    void noShowSendsAReminderAndASecondInvitation() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        steps.assessSignal(EVA, caseNumber, true, null);

        caseworker.fireTimer(caseNumber, "Timer_NoShow");

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_HoldSecondConversation");
        caseworker.claimAndComplete(EVA, caseNumber, "Task_HoldSecondConversation", Map.of(
                "channelUsed", "PHONE", "conversationSummary", "Klant belde na de herinnering terug.",
                "violationEstablished", false));
        assertThat(file(caseNumber).contactMoments()).extracting(CaseFile.ContactView::kind)
                .containsExactly("INVITATION", "REMINDER", "CONVERSATION");
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
    }

    @Test
    void secondNoShowContinuesOnTheFile() {
        String caseNumber = steps.register(TestSignals.signal(ORGANISATION));
        steps.assessSignal(EVA, caseNumber, true, null);

        caseworker.fireTimer(caseNumber, "Timer_NoShow");
        caseworker.fireTimer(caseNumber, "Timer_SecondNoShow");

        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_AssessFile");
        caseworker.claimAndComplete(EVA, caseNumber, "Task_AssessFile", Map.of(
                "fileAssessment", "Loonstroken in het dossier tonen niet gemelde inkomsten.",
                "violationEstablished", true));

        CaseFile file = file(caseNumber);
        assertThat(file.contactMoments()).extracting(CaseFile.ContactView::kind)
                .containsExactly("INVITATION", "REMINDER", "NO_SHOW", "FILE_ASSESSMENT");
        assertThat(file.violationEstablished()).isTrue();
        assertThat(caseworker.openTaskKeys(caseNumber)).containsExactly("Task_RecordQuestionnaire");
    }

    private CaseFile file(String caseNumber) {
        return caseFiles.caseFile(caseNumber, List.of(ORGANISATION));
    }
}
