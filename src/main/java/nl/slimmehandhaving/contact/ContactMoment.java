package nl.slimmehandhaving.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Every contact with the client, or attempt at it, in the order it happened. */
@Entity
@Table(name = "contact_moment")
public class ContactMoment {

    public enum Kind { INVITATION, REMINDER, CONVERSATION, NO_SHOW, FILE_ASSESSMENT, QUESTIONNAIRE_LINK }

    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String channel;
    private String summary;
    private String clientExplanation;
    private String recordedBy;
    private OffsetDateTime recordedAt;

    protected ContactMoment() {
    }

    ContactMoment(Long caseId, Kind kind, String channel, String summary, String clientExplanation, String recordedBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.channel = channel;
        this.summary = summary;
        this.clientExplanation = clientExplanation;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now();
    }

    public Kind getKind() {
        return kind;
    }

    public String getChannel() {
        return channel;
    }

    public String getSummary() {
        return summary;
    }

    public String getClientExplanation() {
        return clientExplanation;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
