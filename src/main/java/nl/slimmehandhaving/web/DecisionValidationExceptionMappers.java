package nl.slimmehandhaving.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine wraps what a task listener throws, and engine REST wraps that again into a 500. When the cause
 * was our validation of a caseworker's input (a {@link BadUserRequestException}), engine REST, and so
 * Tasklist, answer 400 with our message. Everything else goes to Camunda's own handlers unchanged.
 */
final class DecisionValidationExceptionMappers {

    private DecisionValidationExceptionMappers() {
    }

    static Optional<Response> badRequestFor(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException validation) {
                return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "BadUserRequestException", "message", validation.getMessage(), "code", 0))
                        .build());
            }
        }
        return Optional.empty();
    }

    @Priority(1)
    static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return badRequestFor(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    @Priority(1)
    static class ForRestExceptions implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return badRequestFor(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }
}
