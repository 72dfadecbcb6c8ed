package nl.slimmehandhaving.instruments;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The proposed instrument mix for one pyramid level, and what the caseworker chose and why. */
@Entity
@Table(name = "instrument_decision")
public class InstrumentDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private int pyramidLevel;
    private String posture;
    private boolean violationEstablished;
    private String proposedInstruments;
    private String approach;
    private String chosenInstruments;
    private String changeReason;
    private String decidedBy;
    private OffsetDateTime decidedAt;
    private OffsetDateTime createdAt;

    protected InstrumentDecision() {
    }

    InstrumentDecision(Long caseId, int pyramidLevel, String posture, boolean violationEstablished,
                       List<String> proposedInstruments, String approach) {
        this.caseId = caseId;
        this.pyramidLevel = pyramidLevel;
        this.posture = posture;
        this.violationEstablished = violationEstablished;
        this.proposedInstruments = String.join(",", proposedInstruments);
        this.approach = approach;
        this.createdAt = OffsetDateTime.now();
    }

    void recordChoice(List<String> chosen, String reason, String caseworker) {
        this.chosenInstruments = String.join(",", chosen);
        this.changeReason = reason;
        this.decidedBy = caseworker;
        this.decidedAt = OffsetDateTime.now();
    }

    boolean isProposal(List<String> chosen) {
        return new TreeSet<>(chosen).equals(split(proposedInstruments));
    }

    public List<String> proposed() {
        return List.copyOf(split(proposedInstruments));
    }

    public List<String> chosen() {
        return chosenInstruments == null ? List.of() : List.copyOf(split(chosenInstruments));
    }

    private static Set<String> split(String codes) {
        return new TreeSet<>(Arrays.stream(codes.split(",")).filter(code -> !code.isBlank()).toList());
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getPyramidLevel() {
        return pyramidLevel;
    }

    public String getPosture() {
        return posture;
    }

    public boolean isViolationEstablished() {
        return violationEstablished;
    }

    public String getApproach() {
        return approach;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
