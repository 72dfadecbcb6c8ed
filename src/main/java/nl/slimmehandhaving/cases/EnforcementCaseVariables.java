package nl.slimmehandhaving.cases;

/** Variable names of EnforcementCaseProcess; the models use the same names (docs/process-model.md). */
public final class EnforcementCaseVariables {

    public static final String PROCESS_KEY = "EnforcementCaseProcess";

    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String ORGANISATION = "organisation";
    public static final String BENEFIT_TYPE = "benefitType";
    public static final String SIGNAL_SOURCE = "signalSource";
    public static final String ESTIMATED_AMOUNT = "estimatedAmount";
    public static final String PREFERRED_CHANNEL = "preferredChannel";
    public static final String PYRAMID_LEVEL = "pyramidLevel";
    public static final String SIGNAL_SUBSTANTIATED = "signalSubstantiated";
    public static final String NEGATIVE_DECISION_INTENDED = "negativeDecisionIntended";
    public static final String VIOLATION_ESTABLISHED = "violationEstablished";
    public static final String POSTURE = "posture";
    public static final String COMPLIANT = "compliant";
    public static final String REPROFILE_REQUESTED = "reprofileRequested";
    public static final String COMPLIANCE_NOTES = "complianceNotes";
    public static final String MONITORING_INTERVAL = "monitoringInterval";
    public static final String OUTCOME = "outcome";

    private EnforcementCaseVariables() {
    }
}
