package nl.slimmehandhaving.contact;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.contact.ContactVariables.*;

import java.util.Map;
import nl.slimmehandhaving.letters.ChannelNames;
import nl.slimmehandhaving.letters.LetterKind;
import nl.slimmehandhaving.letters.LetterService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendInvitationDelegate")
class SendInvitationDelegate implements JavaDelegate {

    private final ContactService contacts;
    private final LetterService letters;

    SendInvitationDelegate(ContactService contacts, LetterService letters) {
        this.contacts = contacts;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> proposal = (Map<String, Object>) execution.getVariable(CHANNEL_PROPOSAL);
        String channel = (String) proposal.get(PROPOSED_CHANNEL);
        String reason = (String) proposal.get(CHANNEL_REASON);
        Long caseId = (Long) execution.getVariable(CASE_ID);
        contacts.recordInvitation(caseId, channel, reason);
        letters.write(caseId, LetterKind.INVITATION, Map.of("channelName", ChannelNames.dutch(channel)));
        execution.setVariable(PROPOSED_CHANNEL, channel);
        execution.setVariable(CHANNEL_REASON, reason);
        execution.setVariable(CHANNEL_USED, channel);
    }
}
