package nl.slimmehandhaving.sanctions;

/** Variable names of SanctionProcedure; the models and forms use the same names (docs/process-model.md). */
public final class SanctionVariables {

    public static final String PROCESS_KEY = "SanctionProcedure";
    public static final String SANCTION_CASE_ID = "sanctionCaseId";

    // Task_EstablishFacts
    public static final String OVERPAYMENT_AMOUNT = "overpaymentAmount";
    public static final String CULPABILITY = "culpability";
    public static final String CULPABILITY_REASONING = "culpabilityReasoning";
    public static final String SELF_REPORTED = "selfReported";
    public static final String URGENT_REASONS = "urgentReasons";
    public static final String LIMITED_MEANS_TO_PAY = "limitedMeansToPay";
    /** Derived from the client's earlier final decisions, never typed in. */
    public static final String REPEAT_OFFENCE = "repeatOffence";
    public static final String WARNING_WITHIN_TWO_YEARS = "warningWithinTwoYears";

    // Task_DecideSanction and Task_RecordSanctionProposal
    public static final String SANCTION_PROPOSAL = "sanctionProposal";
    public static final String PROPOSED_SANCTION = "proposedSanction";
    public static final String PROPOSED_FINE_AMOUNT = "proposedFineAmount";
    public static final String SANCTION_EXPLANATION = "sanctionExplanation";

    // Task_ConfirmSanction
    public static final String SANCTION = "sanction";
    public static final String FINE_AMOUNT = "fineAmount";
    public static final String DEVIATION_REASON = "deviationReason";
    public static final String NEGATIVE_DECISION = "negativeDecision";

    public static final String CALL_SUMMARY = "callSummary";
    public static final String VIEW_RECEIVED = "viewReceived";
    public static final String VIEW_WEIGHING = "viewWeighing";
    public static final String DECISION_APPROVED = "decisionApproved";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String OBJECTION_UPHELD = "objectionUpheld";
    public static final String OBJECTION_REASONING = "objectionReasoning";
    public static final String PROSECUTION_FILE_NOTES = "prosecutionFileNotes";

    public static final String MSG_VIEW_RECEIVED = "Msg_ViewReceived";
    public static final String MSG_OBJECTION_RECEIVED = "Msg_ObjectionReceived";

    private SanctionVariables() {
    }
}
