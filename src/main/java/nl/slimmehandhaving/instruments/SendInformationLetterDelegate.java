package nl.slimmehandhaving.instruments;

import static nl.slimmehandhaving.cases.EnforcementCaseVariables.CASE_ID;

import java.util.Map;
import nl.slimmehandhaving.letters.LetterKind;
import nl.slimmehandhaving.letters.LetterService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The information letter (voorlichtingsbrief): written and kept with the case; Task_RecordInstrumentExecuted notes it. */
@Component("sendInformationLetterDelegate")
class SendInformationLetterDelegate implements JavaDelegate {

    private final LetterService letters;

    SendInformationLetterDelegate(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.write((Long) execution.getVariable(CASE_ID), LetterKind.INFORMATION, Map.of());
        execution.setVariable(InstrumentVariables.EXECUTION_NOTES,
                "Voorlichtingsbrief over de inlichtingenplicht verstuurd");
    }
}
