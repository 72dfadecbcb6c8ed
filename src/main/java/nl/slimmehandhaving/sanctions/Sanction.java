package nl.slimmehandhaving.sanctions;

import java.util.Arrays;

/** The outcomes of SanctionDecision, with the words a letter uses. */
public enum Sanction {
    FINE("een boete"), WARNING("een waarschuwing"), NO_SANCTION("geen boete en geen waarschuwing"),
    CRIMINAL_REFERRAL("aangifte bij het Openbaar Ministerie");

    private final String dutch;

    Sanction(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public static boolean isKnown(String code) {
        return code != null && Arrays.stream(values()).anyMatch(s -> s.name().equals(code));
    }
}
