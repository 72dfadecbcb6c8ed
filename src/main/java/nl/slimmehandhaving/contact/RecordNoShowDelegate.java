package nl.slimmehandhaving.contact;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.contact.ContactVariables.CONTACT_OUTCOME;
import static nl.slimmehandhaving.contact.ContactVariables.OUTCOME_NO_SHOW;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordNoShowDelegate")
class RecordNoShowDelegate implements JavaDelegate {

    private final ContactService contacts;

    RecordNoShowDelegate(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contacts.recordNoShow((Long) execution.getVariable(CASE_ID));
        execution.setVariable(CONTACT_OUTCOME, OUTCOME_NO_SHOW);
    }
}
