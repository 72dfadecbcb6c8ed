package nl.slimmehandhaving.monitoring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A caseworker's check whether the client now complies. */
@Entity
@Table(name = "compliance_check")
public class ComplianceCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private int pyramidLevel;
    private boolean compliant;
    private String notes;
    private String checkedBy;
    private OffsetDateTime checkedAt;

    protected ComplianceCheck() {
    }

    ComplianceCheck(Long caseId, int pyramidLevel, boolean compliant, String notes, String checkedBy) {
        this.caseId = caseId;
        this.pyramidLevel = pyramidLevel;
        this.compliant = compliant;
        this.notes = notes;
        this.checkedBy = checkedBy;
        this.checkedAt = OffsetDateTime.now();
    }

    public int getPyramidLevel() {
        return pyramidLevel;
    }

    public boolean isCompliant() {
        return compliant;
    }

    public String getNotes() {
        return notes;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public OffsetDateTime getCheckedAt() {
        return checkedAt;
    }
}
