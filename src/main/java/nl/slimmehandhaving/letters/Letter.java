package nl.slimmehandhaving.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A letter as it was sent: the rendered HTML is kept, so it reads the same later. */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private LetterKind kind;
    private String subject;
    @Column(length = 200000)
    private String html;
    private OffsetDateTime createdAt;

    protected Letter() {
    }

    Letter(Long caseId, LetterKind kind, String html) {
        this.caseId = caseId;
        this.kind = kind;
        this.subject = kind.subject();
        this.html = html;
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public LetterKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtml() {
        return html;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
