package nl.slimmehandhaving.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * The engine wraps what a task listener throws; when that was our validation of a caseworker's input
 * (a {@link BadUserRequestException}), engine REST and so Tasklist answer 400 with our message, not 500.
 * Everything else goes to Camunda's own handler unchanged.
 */
@Priority(1)
public class DecisionValidationExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camundaHandler = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException validation) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "BadUserRequestException", "message", validation.getMessage(),
                                "code", 0))
                        .build();
            }
        }
        return camundaHandler.toResponse(exception);
    }
}
