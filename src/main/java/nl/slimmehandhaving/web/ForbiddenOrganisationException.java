package nl.slimmehandhaving.web;

/** The user acts for an organisation they do not belong to. */
public class ForbiddenOrganisationException extends RuntimeException {

    public ForbiddenOrganisationException(String organisation) {
        super("U werkt niet voor organisatie '" + organisation + "' / You do not work for organisation '" + organisation + "'");
    }
}
