package nl.slimmehandhaving.contact;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.contact.ContactVariables.PROPOSED_CHANNEL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final ContactService contacts;

    SendReminderDelegate(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contacts.recordReminder((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(PROPOSED_CHANNEL));
    }
}
