package nl.slimmehandhaving.cases;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The named caseworker behind a decision: the logged-in user completing the task, or its assignee.
 * A decision without a named person is refused (GDPR art. 22: no decision by automated processing alone).
 */
@Component
public class DecidingCaseworker {

    private final IdentityService identityService;

    DecidingCaseworker(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String of(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new BadUserRequestException(
                "Neem de taak eerst in behandeling: een besluit vraagt een benoemde behandelaar. "
                        + "/ Claim the task first: a decision needs a named caseworker.");
    }
}
