package nl.slimmehandhaving.intake;

import nl.slimmehandhaving.organisations.Organisation;
import nl.slimmehandhaving.security.CurrentUser;
import nl.slimmehandhaving.web.ForbiddenOrganisationException;
import nl.slimmehandhaving.web.InvalidInputException;
import org.springframework.stereotype.Component;

/** A signal may only open a case in an organisation that exists and that the user works for. */
@Component
class OrganisationGuard {

    private final CurrentUser currentUser;

    OrganisationGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    void check(String organisation) {
        if (!Organisation.isKnown(organisation)) {
            throw new InvalidInputException("organisation", "is geen bekende organisatie / is not a known organisation");
        }
        if (!currentUser.belongsTo(organisation)) {
            throw new ForbiddenOrganisationException(organisation);
        }
    }
}
