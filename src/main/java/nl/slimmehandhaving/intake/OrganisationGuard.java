package nl.slimmehandhaving.intake;

import nl.slimmehandhaving.organisations.Organisation;
import nl.slimmehandhaving.security.CurrentUser;
import nl.slimmehandhaving.web.ForbiddenActionException;
import nl.slimmehandhaving.web.ForbiddenOrganisationException;
import nl.slimmehandhaving.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A signal may only open a case in an organisation that exists and for which the user does casework (or an
 * administrator). Auditors and process owners belong to every organisation but do no casework: 403.
 */
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
        if (!currentUser.isCaseworkerOf(organisation) && !currentUser.isAdministrator()) {
            throw noCasework();
        }
    }

    /** Whether the user may register signals at all, checked before a file is read. */
    void checkDoesCasework() {
        if (!currentUser.doesCasework() && !currentUser.isAdministrator()) {
            throw noCasework();
        }
    }

    private static ForbiddenActionException noCasework() {
        return new ForbiddenActionException("Alleen handhavers registreren signalen",
                "Only caseworkers register signals");
    }
}
