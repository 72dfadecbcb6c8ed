package nl.slimmehandhaving.instruments;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One instrument carried out in a case. */
@Entity
@Table(name = "instrument_execution")
public class InstrumentExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String instrument;
    private String notes;
    private String executedBy;
    private OffsetDateTime executedAt;

    protected InstrumentExecution() {
    }

    InstrumentExecution(Long caseId, String instrument, String notes, String executedBy) {
        this.caseId = caseId;
        this.instrument = instrument;
        this.notes = notes;
        this.executedBy = executedBy;
        this.executedAt = OffsetDateTime.now();
    }

    public String getInstrument() {
        return instrument;
    }

    public String getNotes() {
        return notes;
    }

    public String getExecutedBy() {
        return executedBy;
    }

    public OffsetDateTime getExecutedAt() {
        return executedAt;
    }
}
