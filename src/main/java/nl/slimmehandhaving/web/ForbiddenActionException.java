package nl.slimmehandhaving.web;

/** The user's role does not allow this action at all (e.g. an auditor registering a signal). */
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String dutch, String english) {
        super(dutch + " / " + english);
    }
}
