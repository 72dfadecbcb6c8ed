package nl.slimmehandhaving.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The engine wraps what a task listener throws, and engine REST wraps that again into a 500. When the cause
 * was our validation of a caseworker's input (a {@link BadUserRequestException}), engine REST, and so
 * Tasklist, answer 400 with our message; other known causes get their own status ({@link EngineRestErrors}).
 * Everything else goes to Camunda's own handlers unchanged.
 */
final class DecisionValidationExceptionMappers {

    private DecisionValidationExceptionMappers() {
    }

    @Priority(1)
    static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return EngineRestErrors.responseFor(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    @Priority(1)
    static class ForRestExceptions implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return EngineRestErrors.responseFor(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    /** Spring's transaction and JPA failures (commit or rollback on a lost connection) reach engine REST unwrapped. */
    @Priority(1)
    static class ForDataAccessExceptions implements ExceptionMapper<DataAccessException> {
        private final ExceptionHandler camunda = new ExceptionHandler();

        @Override
        public Response toResponse(DataAccessException exception) {
            return EngineRestErrors.responseFor(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    @Priority(1)
    static class ForTransactionExceptions implements ExceptionMapper<TransactionException> {
        private final ExceptionHandler camunda = new ExceptionHandler();

        @Override
        public Response toResponse(TransactionException exception) {
            return EngineRestErrors.responseFor(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }
}
