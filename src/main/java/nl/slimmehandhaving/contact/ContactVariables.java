package nl.slimmehandhaving.contact;

/** Variable names of ContactProcess (docs/process-model.md). */
public final class ContactVariables {

    public static final String CHANNEL_PROPOSAL = "channelProposal";
    public static final String PROPOSED_CHANNEL = "proposedChannel";
    public static final String CHANNEL_REASON = "channelReason";
    public static final String CHANNEL_USED = "channelUsed";
    public static final String CONVERSATION_SUMMARY = "conversationSummary";
    public static final String CLIENT_EXPLANATION = "clientExplanation";
    public static final String FILE_ASSESSMENT = "fileAssessment";
    public static final String CONTACT_OUTCOME = "contactOutcome";

    public static final String OUTCOME_HELD = "HELD";
    public static final String OUTCOME_NO_SHOW = "NO_SHOW";

    private ContactVariables() {
    }
}
