package nl.slimmehandhaving.profiling;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.profiling.ProfilingVariables.QUESTIONNAIRE_LINK_EXPIRES_AT;
import static nl.slimmehandhaving.profiling.ProfilingVariables.QUESTIONNAIRE_LINK_ID;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Link naar vragenlijst versturen": the process keeps the link's id and expiry, never its token. */
@Component("createQuestionnaireLinkDelegate")
class CreateQuestionnaireLinkDelegate implements JavaDelegate {

    private final QuestionnaireLinkService links;

    CreateQuestionnaireLinkDelegate(QuestionnaireLinkService links) {
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        QuestionnaireLinkService.CreatedLink link = links.create((Long) execution.getVariable(CASE_ID));
        execution.setVariable(QUESTIONNAIRE_LINK_ID, link.id());
        execution.setVariable(QUESTIONNAIRE_LINK_EXPIRES_AT, Date.from(link.expiresAt().toInstant()));
    }
}
