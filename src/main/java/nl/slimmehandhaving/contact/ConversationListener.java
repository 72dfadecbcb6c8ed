package nl.slimmehandhaving.contact;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.cases.EnforcementCaseVariables.VIOLATION_ESTABLISHED;
import static nl.slimmehandhaving.contact.ContactVariables.*;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Gesprek voeren" completed: the conversation, the client's own explanation and the finding are recorded. */
@Component("conversationListener")
class ConversationListener implements TaskListener {

    private final ContactService contacts;
    private final DecidingCaseworker caseworker;

    ConversationListener(ContactService contacts, DecidingCaseworker caseworker) {
        this.contacts = contacts;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        String summary = TaskInput.requiredText(task, CONVERSATION_SUMMARY,
                "Vat het gesprek samen. / Summarise the conversation.");
        boolean violation = TaskInput.bool(task, VIOLATION_ESTABLISHED);
        contacts.recordConversation((Long) task.getVariable(CASE_ID), TaskInput.text(task, CHANNEL_USED), summary,
                TaskInput.text(task, CLIENT_EXPLANATION), violation, caseworker.of(task));
        task.getExecution().setVariable(VIOLATION_ESTABLISHED, violation);
        task.getExecution().setVariable(CONTACT_OUTCOME, OUTCOME_HELD);
    }
}
