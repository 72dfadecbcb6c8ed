package nl.slimmehandhaving.profiling;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One profiling of a client in a case: answers, scores, the proposal and the caseworker's decision. */
@Entity
@Table(name = "posture_assessment")
public class PostureAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private int questionnaireVersion;
    private String answers;
    private Double scoreCommitment;
    private Double scoreCapitulation;
    private Double scoreResistance;
    private Double scoreDisengagement;
    private Double scoreGamePlaying;
    private double answeredShare;
    private String proposedPosture;
    private String alternativePosture;
    private String profileClarity;
    private String confirmedPosture;
    private String overrideReason;
    private String decidedBy;
    private OffsetDateTime decidedAt;
    private OffsetDateTime createdAt;
    private Long questionnaireLinkId;

    protected PostureAssessment() {
    }

    PostureAssessment(Long caseId, int questionnaireVersion, String answers, PostureScores scores) {
        this.caseId = caseId;
        this.questionnaireVersion = questionnaireVersion;
        this.answers = answers;
        this.scoreCommitment = scores.of(Posture.COMMITMENT);
        this.scoreCapitulation = scores.of(Posture.CAPITULATION);
        this.scoreResistance = scores.of(Posture.RESISTANCE);
        this.scoreDisengagement = scores.of(Posture.DISENGAGEMENT);
        this.scoreGamePlaying = scores.of(Posture.GAME_PLAYING);
        this.answeredShare = scores.answeredShare();
        this.createdAt = OffsetDateTime.now();
    }

    /** Answered by the client online, through this link. */
    PostureAssessment(Long caseId, int questionnaireVersion, String answers, PostureScores scores,
                      Long questionnaireLinkId) {
        this(caseId, questionnaireVersion, answers, scores);
        this.questionnaireLinkId = questionnaireLinkId;
    }

    void recordProposal(String proposedPosture, String alternativePosture, String profileClarity) {
        this.proposedPosture = proposedPosture;
        this.alternativePosture = alternativePosture;
        this.profileClarity = profileClarity;
    }

    void recordDecision(String confirmedPosture, String overrideReason, String caseworker) {
        this.confirmedPosture = confirmedPosture;
        this.overrideReason = overrideReason;
        this.decidedBy = caseworker;
        this.decidedAt = OffsetDateTime.now();
    }

    /** Following the proposal: its posture, or for a mixed profile either of the two close ones. */
    boolean followsProposal(String posture) {
        if ("CLEAR".equals(profileClarity)) {
            return posture.equals(proposedPosture);
        }
        if ("MIXED".equals(profileClarity)) {
            return posture.equals(proposedPosture) || posture.equals(alternativePosture);
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public String getAnswers() {
        return answers;
    }

    public PostureScores scores() {
        java.util.Map<Posture, Double> means = new java.util.EnumMap<>(Posture.class);
        means.put(Posture.COMMITMENT, scoreCommitment);
        means.put(Posture.CAPITULATION, scoreCapitulation);
        means.put(Posture.RESISTANCE, scoreResistance);
        means.put(Posture.DISENGAGEMENT, scoreDisengagement);
        means.put(Posture.GAME_PLAYING, scoreGamePlaying);
        return new PostureScores(means, answeredShare);
    }

    public String getProposedPosture() {
        return proposedPosture;
    }

    public String getAlternativePosture() {
        return alternativePosture;
    }

    public String getProfileClarity() {
        return profileClarity;
    }

    public String getConfirmedPosture() {
        return confirmedPosture;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    /** True when the client answered the questionnaire online, false when the caseworker entered the answers. */
    public boolean isAnsweredOnline() {
        return questionnaireLinkId != null;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
