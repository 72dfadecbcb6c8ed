package nl.slimmehandhaving.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Everything a caseworker or auditor needs to read about one case, personal data masked. */
public record CaseFile(
        CaseSummary summary,
        ClientView client,
        Boolean signalSubstantiated,
        Boolean violationEstablished,
        boolean intensifiedMonitoring,
        List<SignalView> signals,
        List<ContactView> contactMoments,
        List<AssessmentView> postureAssessments,
        List<PostureHistoryEntry> postureHistory,
        List<InstrumentDecisionView> instrumentDecisions,
        List<InstrumentExecutionView> instrumentExecutions,
        List<ComplianceView> complianceChecks,
        OutcomeView outcome) {

    public record ClientView(String name, String bsn, String preferredChannel) {
    }

    public record SignalView(String externalReference, String source, String signalType, String description,
                             BigDecimal estimatedAmount, LocalDate receivedOn, String assessmentReason,
                             String assessedBy, OffsetDateTime assessedAt) {
    }

    public record ContactView(String kind, String channel, String summary, String clientExplanation,
                              String recordedBy, OffsetDateTime recordedAt) {
    }

    public record AssessmentView(int questionnaireVersion, Map<String, Double> scores, double answeredShare,
                                 String proposedPosture, String alternativePosture, String profileClarity,
                                 String confirmedPosture, String overrideReason, String decidedBy,
                                 OffsetDateTime decidedAt, boolean answeredOnline,
                                 List<DrivingAnswerView> drivingAnswers) {
    }

    /** An answer that drove the proposal: which posture it raised, the item as asked, the answer (1-5). */
    public record DrivingAnswerView(String posture, String itemCode, String itemText, int answer,
                                    boolean reverseScored) {
    }

    public record PostureHistoryEntry(String caseNumber, String confirmedPosture, String decidedBy,
                                      OffsetDateTime decidedAt) {
    }

    public record InstrumentDecisionView(int pyramidLevel, String posture, boolean violationEstablished,
                                         List<String> proposed, String approach, List<String> chosen,
                                         String changeReason, String decidedBy, OffsetDateTime decidedAt) {
    }

    public record InstrumentExecutionView(String instrument, String notes, String executedBy,
                                          OffsetDateTime executedAt) {
    }

    public record ComplianceView(int pyramidLevel, boolean compliant, String notes, String checkedBy,
                                 OffsetDateTime checkedAt) {
    }

    public record OutcomeView(String outcome, String finalPosture, int finalPyramidLevel, String instrumentsUsed,
                              OffsetDateTime recordedAt) {
    }
}
