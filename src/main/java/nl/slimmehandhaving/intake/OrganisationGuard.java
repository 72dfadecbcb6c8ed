package nl.slimmehandhaving.intake;

import nl.slimmehandhaving.security.CurrentUser;
import nl.slimmehandhaving.web.ForbiddenOrganisationException;
import nl.slimmehandhaving.web.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** A signal may only open a case in an organisation that exists and that the user works for. */
@Component
class OrganisationGuard {

    private final IdentityService identityService;
    private final CurrentUser currentUser;

    OrganisationGuard(IdentityService identityService, CurrentUser currentUser) {
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    void check(String organisation) {
        if (identityService.createTenantQuery().tenantId(organisation).count() == 0) {
            throw new InvalidInputException("organisation", "is geen bekende organisatie / is not a known organisation");
        }
        if (!currentUser.belongsTo(organisation)) {
            throw new ForbiddenOrganisationException(organisation);
        }
    }
}
