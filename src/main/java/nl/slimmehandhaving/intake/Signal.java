package nl.slimmehandhaving.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A signal that something may be wrong: worth investigating, never proof of fraud. */
@Entity
@Table(name = "signal")
public class Signal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String organisation;
    private String externalReference;
    private String source;
    private String signalType;
    private String description;
    private BigDecimal estimatedAmount;
    private LocalDate receivedOn;
    private String assessmentReason;
    private String assessedBy;
    private OffsetDateTime assessedAt;
    private OffsetDateTime createdAt;

    protected Signal() {
    }

    Signal(Long caseId, SignalRequest request) {
        this.caseId = caseId;
        this.organisation = request.organisation();
        this.externalReference = request.externalReference();
        this.source = request.source();
        this.signalType = request.signalType();
        this.description = request.description();
        this.estimatedAmount = request.estimatedAmount();
        this.receivedOn = request.receivedOn();
        this.createdAt = OffsetDateTime.now();
    }

    void recordAssessment(String reason, String caseworker) {
        this.assessmentReason = reason;
        this.assessedBy = caseworker;
        this.assessedAt = OffsetDateTime.now();
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public String getSource() {
        return source;
    }

    public String getSignalType() {
        return signalType;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getEstimatedAmount() {
        return estimatedAmount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getAssessmentReason() {
        return assessmentReason;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public OffsetDateTime getAssessedAt() {
        return assessedAt;
    }
}
