package nl.slimmehandhaving.sanctions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One sanction procedure of a case: the established facts, the decision's proposal, the caseworker's decision,
 * the client's view, the four-eyes approval, the objection and whether the decision became final.
 * Recovery (terugvordering) of the overpayment always applies when there was one, whatever the sanction.
 */
@Entity
@Table(name = "sanction_case")
public class SanctionCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long clientId;
    @Enumerated(EnumType.STRING)
    private SanctionStatus status;
    private BigDecimal overpaymentAmount;
    private String culpability;
    private String culpabilityReasoning;
    private boolean selfReported;
    private boolean urgentReasons;
    private boolean limitedMeansToPay;
    private boolean repeatOffence;
    private boolean warningWithinTwoYears;
    private String factsBy;
    private String proposedSanction;
    private BigDecimal proposedFineAmount;
    private String proposalExplanation;
    private String sanction;
    private BigDecimal fineAmount;
    private String deviationReason;
    private String preparedBy;
    private String callSummary;
    private String prosecutionFileNotes;
    private String clientView;
    private OffsetDateTime viewReceivedAt;
    private String viewWeighing;
    private String weighedBy;
    private String approvedBy;
    private String rejectionReason;
    private OffsetDateTime decidedAt;
    private String objection;
    private OffsetDateTime objectionReceivedAt;
    private Boolean objectionUpheld;
    private String objectionReasoning;
    private OffsetDateTime finalAt;
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected SanctionCase() {
    }

    SanctionCase(Long caseId, Long clientId, Facts facts, boolean repeatOffence, boolean warningWithinTwoYears,
                 String factsBy) {
        this.caseId = caseId;
        this.clientId = clientId;
        this.status = SanctionStatus.PROPOSED;
        this.overpaymentAmount = facts.overpaymentAmount();
        this.culpability = facts.culpability();
        this.culpabilityReasoning = facts.culpabilityReasoning();
        this.selfReported = facts.selfReported();
        this.urgentReasons = facts.urgentReasons();
        this.limitedMeansToPay = facts.limitedMeansToPay();
        this.repeatOffence = repeatOffence;
        this.warningWithinTwoYears = warningWithinTwoYears;
        this.factsBy = factsBy;
        this.createdAt = OffsetDateTime.now();
    }

    void recordProposal(String sanction, BigDecimal fineAmount, String explanation) {
        this.proposedSanction = sanction;
        this.proposedFineAmount = fineAmount;
        this.proposalExplanation = explanation;
    }

    void decide(String sanction, BigDecimal fineAmount, String deviationReason, String caseworker) {
        this.sanction = sanction;
        this.fineAmount = fineAmount;
        this.deviationReason = deviationReason;
        this.preparedBy = caseworker;
        this.status = switch (Sanction.valueOf(sanction)) {
            case CRIMINAL_REFERRAL -> SanctionStatus.REFERRED;
            default -> isNegative() ? SanctionStatus.AWAITING_VIEW : SanctionStatus.NO_SANCTION;
        };
    }

    /** A decision the client must be heard on: a fine, a warning, or recovery of an overpayment. */
    boolean isNegative() {
        return Sanction.FINE.name().equals(sanction) || Sanction.WARNING.name().equals(sanction) || hasRecovery();
    }

    public boolean hasRecovery() {
        return overpaymentAmount != null && overpaymentAmount.signum() > 0;
    }

    void recordCall(String summary) {
        this.callSummary = callSummary == null ? summary : callSummary + "\n" + summary;
    }

    void prepareProsecutionFile(String notes) {
        this.prosecutionFileNotes = notes;
    }

    void receiveView(String view) {
        this.clientView = view;
        this.viewReceivedAt = OffsetDateTime.now();
        this.status = SanctionStatus.WEIGHING_VIEW;
    }

    void viewPeriodEnded() {
        if (status == SanctionStatus.AWAITING_VIEW) {
            status = SanctionStatus.WEIGHING_VIEW;
        }
    }

    void weighView(String weighing, String caseworker) {
        this.viewWeighing = weighing;
        this.weighedBy = caseworker;
        this.status = SanctionStatus.AWAITING_APPROVAL;
    }

    boolean isPreparedBy(String user) {
        return user != null && (user.equals(preparedBy) || user.equals(weighedBy));
    }

    void approve(String senior) {
        this.approvedBy = senior;
        this.rejectionReason = null;
    }

    void reject(String reason) {
        this.rejectionReason = reason;
        this.status = SanctionStatus.PROPOSED;
    }

    void decisionSent() {
        this.decidedAt = OffsetDateTime.now();
        this.status = SanctionStatus.AWAITING_OBJECTION;
    }

    void receiveObjection(String text) {
        this.objection = text;
        this.objectionReceivedAt = OffsetDateTime.now();
        this.status = SanctionStatus.OBJECTION;
    }

    void decideObjection(boolean upheld, String reasoning) {
        this.objectionUpheld = upheld;
        this.objectionReasoning = reasoning;
        if (upheld) {
            this.status = SanctionStatus.REVOKED;
        } else {
            becomeFinal();
        }
    }

    void becomeFinal() {
        this.status = SanctionStatus.FINAL;
        this.finalAt = OffsetDateTime.now();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getClientId() { return clientId; }
    public SanctionStatus getStatus() { return status; }
    public BigDecimal getOverpaymentAmount() { return overpaymentAmount; }
    public String getCulpability() { return culpability; }
    public String getCulpabilityReasoning() { return culpabilityReasoning; }
    public boolean isSelfReported() { return selfReported; }
    public boolean isUrgentReasons() { return urgentReasons; }
    public boolean isLimitedMeansToPay() { return limitedMeansToPay; }
    public boolean isRepeatOffence() { return repeatOffence; }
    public boolean isWarningWithinTwoYears() { return warningWithinTwoYears; }
    public String getFactsBy() { return factsBy; }
    public String getProposedSanction() { return proposedSanction; }
    public BigDecimal getProposedFineAmount() { return proposedFineAmount; }
    public String getProposalExplanation() { return proposalExplanation; }
    public String getSanction() { return sanction; }
    public BigDecimal getFineAmount() { return fineAmount; }
    public String getDeviationReason() { return deviationReason; }
    public String getPreparedBy() { return preparedBy; }
    public String getCallSummary() { return callSummary; }
    public String getProsecutionFileNotes() { return prosecutionFileNotes; }
    public String getClientView() { return clientView; }
    public OffsetDateTime getViewReceivedAt() { return viewReceivedAt; }
    public String getViewWeighing() { return viewWeighing; }
    public String getWeighedBy() { return weighedBy; }
    public String getApprovedBy() { return approvedBy; }
    public String getRejectionReason() { return rejectionReason; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getObjection() { return objection; }
    public OffsetDateTime getObjectionReceivedAt() { return objectionReceivedAt; }
    public Boolean getObjectionUpheld() { return objectionUpheld; }
    public String getObjectionReasoning() { return objectionReasoning; }
    public OffsetDateTime getFinalAt() { return finalAt; }
}
