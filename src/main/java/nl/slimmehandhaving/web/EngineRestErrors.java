package nl.slimmehandhaving.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What engine REST (and so Tasklist) answers when the cause of an engine failure is known, instead of Camunda's
 * 500: in Camunda's error format ({@code type}, {@code message}), with Dutch / English messages that name no data.
 * <ul>
 *   <li>our validation of a caseworker's input ({@link BadUserRequestException}): 400 with our message;</li>
 *   <li>a task or instance of an organisation the user does not belong to (tenant check, ENGINE-13034), or a task
 *       that no longer exists (completed twice): 404, as if it did not exist;</li>
 *   <li>a task someone else has claimed ({@link TaskAlreadyClaimedException}), or a concurrent change of the same
 *       data ({@link OptimisticLockingException}): 409;</li>
 *   <li>a refusal by our own checks ({@link AuthorizationException} in a listener): 403;</li>
 *   <li>a variable value that does not fit its type: 400 without repeating the value (it may be personal data);</li>
 *   <li>the database unreachable: 503, nothing was stored.</li>
 * </ul>
 */
final class EngineRestErrors {

    static final String TENANT_CHECK_FAILED = "ENGINE-13034";
    /** A concurrent completion ended the process instance after this request had read the task. */
    private static final String INSTANCE_GONE_MEANWHILE = "list of executions is empty";
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";
    /** Camunda's message repeats the value, which could be personal data. */
    static final String VALUE_CONVERSION_FAILED = "Cannot convert value '";

    private EngineRestErrors() {
    }

    static Optional<Response> responseFor(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Optional<Response> response = responseForCause(cause, cause == exception);
            if (response.isPresent()) {
                return response;
            }
        }
        return Optional.empty();
    }

    private static Optional<Response> responseForCause(Throwable cause, boolean outermost) {
        String message = String.valueOf(cause.getMessage());
        if (message.contains(TENANT_CHECK_FAILED)
                || (cause instanceof NullValueException && message.contains("Cannot find task"))) {
            return Optional.of(response(Response.Status.NOT_FOUND, "InvalidRequestException",
                    "Niet gevonden of niet meer open / Not found or no longer open."));
        }
        if (message.contains(VALUE_CONVERSION_FAILED)) {
            return Optional.of(response(Response.Status.BAD_REQUEST, "InvalidRequestException",
                    "Een variabele heeft een waarde die niet bij haar type past / "
                            + "A variable has a value that does not fit its type."));
        }
        if (cause instanceof TaskAlreadyClaimedException) {
            return Optional.of(response(Response.Status.CONFLICT, "TaskAlreadyClaimedException",
                    "Deze taak is al door iemand anders opgepakt / This task has already been claimed by someone else."));
        }
        if (cause instanceof OptimisticLockingException || message.contains(INSTANCE_GONE_MEANWHILE)) {
            return Optional.of(response(Response.Status.CONFLICT, "OptimisticLockingException",
                    "Iemand anders heeft dit tegelijk gewijzigd; laad opnieuw en probeer het nog eens / "
                            + "Someone else changed this at the same time; reload and try again."));
        }
        if (isConnectionFailure(cause)) {
            return Optional.of(response(Response.Status.SERVICE_UNAVAILABLE, "ServiceUnavailable",
                    "De database is tijdelijk niet bereikbaar; er is niets opgeslagen / "
                            + "The database is temporarily unavailable; nothing was stored."));
        }
        if (cause instanceof BadUserRequestException validation && !outermost) {
            return Optional.of(response(Response.Status.BAD_REQUEST, "BadUserRequestException", validation.getMessage()));
        }
        if (cause instanceof AuthorizationException && !outermost) {
            return Optional.of(response(Response.Status.FORBIDDEN, "AuthorizationException",
                    "U mag dit niet doen / You are not allowed to do this."));
        }
        return Optional.empty();
    }

    /**
     * SQL state class 08 is "connection exception"; 57P01-57P03: the server is shutting down or not yet up. Once a
     * connection broke, Hikari closes it, and the rollback that follows fails with its "Connection is closed" (no
     * SQL state), which then replaces the original exception.
     */
    static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof CannotGetJdbcConnectionException
                || (cause instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0")))
                || (cause instanceof SQLException closed && closed.getSQLState() == null
                        && HIKARI_CLOSED_CONNECTION.equals(closed.getMessage()));
    }

    private static Response response(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message, "code", 0))
                .build();
    }
}
