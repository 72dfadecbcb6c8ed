package nl.slimmehandhaving.intake;

/** Variable names of IntakeProcess (docs/process-model.md). */
public final class IntakeVariables {

    public static final String TRIAGE = "triage";
    public static final String TASK_PRIORITY = "taskPriority";
    public static final String TRIAGE_DUE_DATE = "triageDueDate";
    public static final String TRIAGE_REASON = "triageReason";

    private IntakeVariables() {
    }
}
