package nl.slimmehandhaving.sanctions;

import static nl.slimmehandhaving.sanctions.SanctionVariables.*;

import nl.slimmehandhaving.cases.DecidingCaseworker;
import nl.slimmehandhaving.cases.TaskInput;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The small "write down what you did" tasks of the procedure, each refusing an empty note. */
@Configuration
class RecordingListeners {

    @Bean
    TaskListener intentCallListener(SanctionService sanctions) {
        return task -> sanctions.recordCall((Long) task.getVariable(SANCTION_CASE_ID), "Voornemen: " + TaskInput.requiredText(
                task, CALL_SUMMARY, "Schrijf kort op wat u met de klant heeft besproken. / Summarise the call."));
    }

    @Bean
    TaskListener weighViewListener(SanctionService sanctions, DecidingCaseworker caseworker) {
        return task -> sanctions.weighView((Long) task.getVariable(SANCTION_CASE_ID), TaskInput.requiredText(task,
                VIEW_WEIGHING, "Schrijf op hoe u de zienswijze (of het uitblijven ervan) heeft meegewogen. "
                        + "/ Write down how you weighed the view."), caseworker.of(task));
    }

    @Bean
    TaskListener objectionCallListener(SanctionService sanctions) {
        return task -> sanctions.recordCall((Long) task.getVariable(SANCTION_CASE_ID), "Bezwaar: " + TaskInput.requiredText(
                task, CALL_SUMMARY, "Schrijf kort op wat u met de klant heeft besproken. / Summarise the call."));
    }

    @Bean
    TaskListener handleObjectionListener(SanctionService sanctions) {
        return task -> sanctions.decideObjection((Long) task.getVariable(SANCTION_CASE_ID),
                TaskInput.bool(task, OBJECTION_UPHELD), TaskInput.requiredText(task, OBJECTION_REASONING,
                        "Schrijf de motivering van de beslissing op bezwaar op. / Write down the reasoning."));
    }

    @Bean
    TaskListener prosecutionFileListener(SanctionService sanctions) {
        return task -> sanctions.prepareProsecutionFile((Long) task.getVariable(SANCTION_CASE_ID),
                TaskInput.requiredText(task, PROSECUTION_FILE_NOTES,
                        "Schrijf op wat er in het dossier voor het Openbaar Ministerie zit. / Describe the file."));
    }
}
