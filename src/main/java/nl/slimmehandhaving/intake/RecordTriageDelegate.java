package nl.slimmehandhaving.intake;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.intake.IntakeVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordTriageDelegate")
class RecordTriageDelegate implements JavaDelegate {

    private final TriageService triageService;

    RecordTriageDelegate(TriageService triageService) {
        this.triageService = triageService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> triage = (Map<String, Object>) execution.getVariable(TRIAGE);
        TriageService.TriagePlan plan = triageService.record((Long) execution.getVariable(CASE_ID),
                (String) triage.get("priority"), ((Number) triage.get("triageDueDays")).intValue());
        execution.setVariable(TASK_PRIORITY, plan.taskPriority());
        execution.setVariable(TRIAGE_DUE_DATE, plan.dueDate());
    }
}
