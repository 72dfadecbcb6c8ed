package nl.slimmehandhaving.contact;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.contact.ContactVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendInvitationDelegate")
class SendInvitationDelegate implements JavaDelegate {

    private final ContactService contacts;

    SendInvitationDelegate(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> proposal = (Map<String, Object>) execution.getVariable(CHANNEL_PROPOSAL);
        String channel = (String) proposal.get(PROPOSED_CHANNEL);
        String reason = (String) proposal.get(CHANNEL_REASON);
        contacts.recordInvitation((Long) execution.getVariable(CASE_ID), channel, reason);
        execution.setVariable(PROPOSED_CHANNEL, channel);
        execution.setVariable(CHANNEL_REASON, reason);
        execution.setVariable(CHANNEL_USED, channel);
    }
}
