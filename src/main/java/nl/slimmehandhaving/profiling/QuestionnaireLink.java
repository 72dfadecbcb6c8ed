package nl.slimmehandhaving.profiling;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A personal, single-use link to the online questionnaire; only the hash of its token is kept. */
@Entity
@Table(name = "questionnaire_link")
public class QuestionnaireLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private int questionnaireVersion;
    private String tokenHash;
    private OffsetDateTime expiresAt;
    private OffsetDateTime createdAt;
    private OffsetDateTime usedAt;
    private String answers;

    protected QuestionnaireLink() {
    }

    QuestionnaireLink(Long caseId, int questionnaireVersion, String tokenHash, OffsetDateTime expiresAt) {
        this.caseId = caseId;
        this.questionnaireVersion = questionnaireVersion;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = OffsetDateTime.now();
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(OffsetDateTime now) {
        return !now.isBefore(expiresAt);
    }

    void markAnswered(String answers, OffsetDateTime now) {
        this.answers = answers;
        this.usedAt = now;
    }

    /** The process stopped waiting: the link stops working at once, even if its expiry lies ahead. */
    void revoke(OffsetDateTime now) {
        if (!isUsed() && now.isBefore(expiresAt)) {
            this.expiresAt = now;
        }
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

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getUsedAt() {
        return usedAt;
    }

    public String getAnswers() {
        return answers;
    }
}
