package nl.slimmehandhaving.profiling;

import static nl.slimmehandhaving.profiling.ProfilingVariables.QUESTIONNAIRE_LINK_EXPIRED;
import static nl.slimmehandhaving.profiling.ProfilingVariables.QUESTIONNAIRE_LINK_ID;
import static nl.slimmehandhaving.profiling.ProfilingVariables.QUESTIONNAIRE_ONLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The client did not answer in time: the link stops working and the caseworker takes the questionnaire again. */
@Component("questionnaireLinkExpiredListener")
class QuestionnaireLinkExpiredListener implements ExecutionListener {

    private final QuestionnaireLinkService links;

    QuestionnaireLinkExpiredListener(QuestionnaireLinkService links) {
        this.links = links;
    }

    @Override
    public void notify(DelegateExecution execution) {
        links.revoke((Long) execution.getVariable(QUESTIONNAIRE_LINK_ID));
        execution.setVariable(QUESTIONNAIRE_ONLINE, false);
        execution.setVariable(QUESTIONNAIRE_LINK_EXPIRED, true);
    }
}
