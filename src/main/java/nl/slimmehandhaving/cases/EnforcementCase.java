package nl.slimmehandhaving.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

@Entity
@Table(name = "enforcement_case")
public class EnforcementCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String organisation;
    private Long clientId;
    private String benefitType;
    @Enumerated(EnumType.STRING)
    private CaseStage stage;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String priority;
    private int pyramidLevel;
    private String posture;
    private Boolean signalSubstantiated;
    private Boolean violationEstablished;
    private boolean intensifiedMonitoring;
    private String processInstanceId;
    private OffsetDateTime openedAt;
    private OffsetDateTime closedAt;
    @Version
    private long version;

    protected EnforcementCase() {
    }

    EnforcementCase(String caseNumber, String organisation, Long clientId, String benefitType) {
        this.caseNumber = caseNumber;
        this.organisation = organisation;
        this.clientId = clientId;
        this.benefitType = benefitType;
        this.stage = CaseStage.INTAKE;
        this.status = CaseStatus.OPEN;
        this.pyramidLevel = PyramidLevel.LOWEST;
        this.openedAt = OffsetDateTime.now();
    }

    void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void enterStage(CaseStage stage) {
        this.stage = stage;
    }

    void recordPriority(String priority) {
        this.priority = priority;
    }

    void recordSignalAssessment(boolean substantiated) {
        this.signalSubstantiated = substantiated;
    }

    void recordViolationFinding(boolean established) {
        this.violationEstablished = established;
    }

    void recordPosture(String posture) {
        this.posture = posture;
    }

    void intensifyMonitoring() {
        this.intensifiedMonitoring = true;
    }

    int escalate() {
        pyramidLevel = PyramidLevel.up(pyramidLevel);
        return pyramidLevel;
    }

    int deEscalate() {
        pyramidLevel = PyramidLevel.down(pyramidLevel);
        return pyramidLevel;
    }

    void close() {
        this.stage = CaseStage.CLOSED;
        this.status = CaseStatus.CLOSED;
        this.closedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getBenefitType() {
        return benefitType;
    }

    public CaseStage getStage() {
        return stage;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getPriority() {
        return priority;
    }

    public int getPyramidLevel() {
        return pyramidLevel;
    }

    public String getPosture() {
        return posture;
    }

    public Boolean getSignalSubstantiated() {
        return signalSubstantiated;
    }

    public Boolean getViolationEstablished() {
        return violationEstablished;
    }

    public boolean isIntensifiedMonitoring() {
        return intensifiedMonitoring;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }
}
