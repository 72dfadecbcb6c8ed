package nl.slimmehandhaving.instruments;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;
import static nl.slimmehandhaving.instruments.InstrumentVariables.EXECUTION_NOTES;
import static nl.slimmehandhaving.instruments.InstrumentVariables.INSTRUMENT;

import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Records the instrument as carried out, by whoever completed its task (this step runs asynchronously,
 * so the completer is read from history), or by the system for instruments without a task.
 */
@Component("recordInstrumentExecutedDelegate")
class RecordInstrumentExecutedDelegate implements JavaDelegate {

    private final InstrumentService instruments;
    private final HistoryService historyService;

    RecordInstrumentExecutedDelegate(InstrumentService instruments, HistoryService historyService) {
        this.instruments = instruments;
        this.historyService = historyService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String executedBy = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream()
                .map(HistoricTaskInstance::getAssignee).findFirst().orElse("system");
        instruments.recordExecution((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(INSTRUMENT),
                TaskInput.text(execution, EXECUTION_NOTES), executedBy);
    }
}
