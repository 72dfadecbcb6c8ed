package nl.slimmehandhaving.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer decisionValidationErrors() {
        return config -> config.register(DecisionValidationExceptionMappers.ForEngineExceptions.class)
                .register(DecisionValidationExceptionMappers.ForRestExceptions.class)
                .register(DecisionValidationExceptionMappers.ForDataAccessExceptions.class)
                .register(DecisionValidationExceptionMappers.ForTransactionExceptions.class);
    }
}
