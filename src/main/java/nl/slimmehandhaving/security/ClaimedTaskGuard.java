package nl.slimmehandhaving.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task someone has claimed is theirs: only they complete it. Camunda itself lets anyone with UPDATE on the task
 * complete it; this listener (every user task's complete event, through the starter's task eventing) refuses the
 * others with an {@link AuthorizationException}, so engine REST and Tasklist answer 403 and nothing changes.
 * Code that runs without a user (job executor, start-up) is not a caseworker and is not checked.
 */
@Component
class ClaimedTaskGuard {

    private final CurrentUser currentUser;

    ClaimedTaskGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        String user = currentUser.userId();
        String assignee = task.getAssignee();
        if (user != null && assignee != null && !assignee.equals(user)) {
            throw new AuthorizationException("Deze taak is opgepakt door een collega; alleen die kan hem afronden. "
                    + "/ A colleague has claimed this task; only they can complete it.");
        }
    }
}
