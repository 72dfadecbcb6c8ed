package nl.slimmehandhaving.sanctions;

import java.util.Arrays;

/** Verwijtbaarheid, the input of SanctionDecision (domain brief section 4). */
public enum Culpability {
    INTENT, GROSS_NEGLIGENCE, ORDINARY, REDUCED, NONE;

    public static boolean isKnown(String code) {
        return code != null && Arrays.stream(values()).anyMatch(c -> c.name().equals(code));
    }
}
