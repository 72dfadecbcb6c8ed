package nl.slimmehandhaving.monitoring;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.*;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Naleving controleren" completed: the finding is recorded and steers escalation or closure. */
@Component("complianceCheckListener")
class ComplianceCheckListener implements TaskListener {

    private final MonitoringService monitoring;
    private final DecidingCaseworker caseworker;

    ComplianceCheckListener(MonitoringService monitoring, DecidingCaseworker caseworker) {
        this.monitoring = monitoring;
        this.caseworker = caseworker;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean compliant = TaskInput.bool(task, COMPLIANT);
        String notes = TaskInput.requiredText(task, COMPLIANCE_NOTES,
                "Licht uw bevinding toe. / Explain your finding.");
        monitoring.recordCheck((Long) task.getVariable(CASE_ID), ((Number) task.getVariable(PYRAMID_LEVEL)).intValue(),
                compliant, notes, caseworker.of(task));
        task.getExecution().setVariable(COMPLIANT, compliant);
        task.getExecution().setVariable(REPROFILE_REQUESTED, TaskInput.bool(task, REPROFILE_REQUESTED));
    }
}
