package nl.slimmehandhaving.contact;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.cases.EnforcementCaseVariables.VIOLATION_ESTABLISHED;
import static nl.slimmehandhaving.contact.ContactVariables.FILE_ASSESSMENT;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Dossier beoordelen" completed: without a conversation, the caseworker judges on the file. */
@Component("fileAssessmentListener")
class FileAssessmentListener implements TaskListener {

    private final ContactService contacts;
    private final DecidingCaseworker caseworker;

    FileAssessmentListener(ContactService contacts, DecidingCaseworker caseworker) {
        this.contacts = contacts;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        String assessment = TaskInput.requiredText(task, FILE_ASSESSMENT,
                "Beschrijf uw beoordeling van het dossier. / Describe your assessment of the file.");
        boolean violation = TaskInput.bool(task, VIOLATION_ESTABLISHED);
        contacts.recordFileAssessment((Long) task.getVariable(CASE_ID), assessment, violation, caseworker.of(task));
        task.getExecution().setVariable(VIOLATION_ESTABLISHED, violation);
    }
}
