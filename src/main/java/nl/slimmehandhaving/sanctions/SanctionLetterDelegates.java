package nl.slimmehandhaving.sanctions;

import static nl.slimmehandhaving.sanctions.SanctionVariables.SANCTION_CASE_ID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The asynchronous steps that send a letter or record finality. */
@Configuration
class SanctionLetterDelegates {

    @Bean
    JavaDelegate sendNoticeOfIntentDelegate(SanctionService sanctions) {
        return execution -> sanctions.sendNoticeOfIntent((Long) execution.getVariable(SANCTION_CASE_ID));
    }

    @Bean
    JavaDelegate sendDecisionLetterDelegate(SanctionService sanctions) {
        return execution -> sanctions.sendDecision((Long) execution.getVariable(SANCTION_CASE_ID));
    }

    @Bean
    JavaDelegate recordDecisionFinalDelegate(SanctionService sanctions) {
        return execution -> sanctions.becomeFinal((Long) execution.getVariable(SANCTION_CASE_ID));
    }
}
