package nl.slimmehandhaving.intake;

import java.util.Date;
import nl.slimmehandhaving.cases.EnforcementCaseService;
import nl.slimmehandhaving.cases.DueDates;
import org.springframework.stereotype.Service;

/** Turns the SignalTriage decision into the case's priority and the assessment task's due date. */
@Service
public class TriageService {

    private final EnforcementCaseService cases;
    private final DueDates dueDates;

    TriageService(EnforcementCaseService cases, DueDates dueDates) {
        this.cases = cases;
        this.dueDates = dueDates;
    }

    public TriagePlan record(Long caseId, String priority, int dueInDays) {
        cases.recordPriority(caseId, priority);
        return new TriagePlan(taskPriority(priority), dueDates.inDays(dueInDays));
    }

    /** Camunda task priority (0-100) for the DMN's priority. */
    static int taskPriority(String priority) {
        return switch (priority) {
            case "HIGH" -> 80;
            case "LOW" -> 20;
            default -> 50;
        };
    }

    public record TriagePlan(int taskPriority, Date dueDate) {
    }
}
