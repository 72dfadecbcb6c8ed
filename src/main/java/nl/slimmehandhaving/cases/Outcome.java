package nl.slimmehandhaving.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** How a case ended: recorded once, at closure. */
@Entity
@Table(name = "case_outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;
    private String finalPosture;
    private int finalPyramidLevel;
    private String instrumentsUsed;
    private OffsetDateTime recordedAt;

    protected Outcome() {
    }

    Outcome(EnforcementCase enforcementCase, CaseOutcome outcome, String instrumentsUsed) {
        this.caseId = enforcementCase.getId();
        this.outcome = outcome;
        this.finalPosture = enforcementCase.getPosture();
        this.finalPyramidLevel = enforcementCase.getPyramidLevel();
        this.instrumentsUsed = instrumentsUsed;
        this.recordedAt = OffsetDateTime.now();
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public String getFinalPosture() {
        return finalPosture;
    }

    public int getFinalPyramidLevel() {
        return finalPyramidLevel;
    }

    public String getInstrumentsUsed() {
        return instrumentsUsed;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
