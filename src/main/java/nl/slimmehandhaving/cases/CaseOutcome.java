package nl.slimmehandhaving.cases;

public enum CaseOutcome {
    /** Triage found the signal not worth pursuing. */
    NOT_SUBSTANTIATED,
    /** Investigated; no violation established and the client complies. */
    NO_VIOLATION,
    /** The client complies after the chosen instruments. */
    COMPLIANT,
    /** Still not compliant at the top of the pyramid. */
    NOT_COMPLIANT
}
