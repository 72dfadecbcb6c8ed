package nl.slimmehandhaving.profiling;

/** Variable names of ProfilingProcess (docs/process-model.md). */
public final class ProfilingVariables {

    public static final String SCORE_COMMITMENT = "scoreCommitment";
    public static final String SCORE_CAPITULATION = "scoreCapitulation";
    public static final String SCORE_RESISTANCE = "scoreResistance";
    public static final String SCORE_DISENGAGEMENT = "scoreDisengagement";
    public static final String SCORE_GAME_PLAYING = "scoreGamePlaying";
    public static final String ANSWERED_SHARE = "answeredShare";
    public static final String POSTURE_ASSESSMENT_ID = "postureAssessmentId";
    public static final String POSTURE_PROPOSAL = "postureProposal";
    public static final String PROPOSED_POSTURE = "proposedPosture";
    public static final String ALTERNATIVE_POSTURE = "alternativePosture";
    public static final String PROFILE_CLARITY = "profileClarity";
    public static final String POSTURE_EXPLANATION = "postureExplanation";
    public static final String POSTURE_OVERRIDE_REASON = "postureOverrideReason";
    /** Form_RecordQuestionnaire: the client answers online instead of during the conversation. */
    public static final String QUESTIONNAIRE_ONLINE = "questionnaireOnline";
    /** Id (never the token) of the link the process waits on; the message is correlated by it. */
    public static final String QUESTIONNAIRE_LINK_ID = "questionnaireLinkId";
    public static final String QUESTIONNAIRE_LINK_EXPIRES_AT = "questionnaireLinkExpiresAt";
    public static final String QUESTIONNAIRE_ANSWERED_ONLINE = "questionnaireAnsweredOnline";
    /** Set when the link expired unanswered, so the form can tell the caseworker. */
    public static final String QUESTIONNAIRE_LINK_EXPIRED = "questionnaireLinkExpired";

    private ProfilingVariables() {
    }

    static String scoreVariable(Posture posture) {
        return switch (posture) {
            case COMMITMENT -> SCORE_COMMITMENT;
            case CAPITULATION -> SCORE_CAPITULATION;
            case RESISTANCE -> SCORE_RESISTANCE;
            case DISENGAGEMENT -> SCORE_DISENGAGEMENT;
            case GAME_PLAYING -> SCORE_GAME_PLAYING;
        };
    }
}
