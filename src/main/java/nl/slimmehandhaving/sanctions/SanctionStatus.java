package nl.slimmehandhaving.sanctions;

/** Where a sanction procedure stands. FINAL decisions count for later repeat offences and warnings. */
public enum SanctionStatus {
    PROPOSED, AWAITING_VIEW, WEIGHING_VIEW, AWAITING_APPROVAL, AWAITING_OBJECTION, OBJECTION,
    FINAL, REVOKED, REFERRED, NO_SANCTION
}
