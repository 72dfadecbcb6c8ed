package nl.slimmehandhaving.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.slimmehandhaving.cases.CaseNotFoundException;
import jakarta.persistence.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of our API as application/problem+json, with Dutch / English texts and no personal data. */
@RestControllerAdvice(basePackages = "nl.slimmehandhaving")
public class ProblemHandling extends ResponseEntityExceptionHandler {

    static final String DATABASE_UNAVAILABLE = "De database is tijdelijk niet bereikbaar; er is niets opgeslagen. "
            + "Probeer het later opnieuw. / The database is temporarily unavailable; nothing was stored. "
            + "Please try again later.";

    private static final URI INVALID_INPUT = URI.create("urn:slimmehandhaving:problem:invalid-input");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(invalidInput(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidInput(List.of(JsonInputErrors.of(ex.getCause()))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException ex) {
        return invalidInput(ex.errors());
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail caseNotFound(CaseNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Niet gevonden / Not found");
        return problem;
    }

    @ExceptionHandler({ForbiddenOrganisationException.class, ForbiddenActionException.class})
    ProblemDetail forbiddenOrganisation(RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setTitle("Geen toegang / Forbidden");
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail payloadTooLarge(PayloadTooLargeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
        problem.setTitle("Te groot / Too large");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "Het bestand is te groot / The file is too large.");
        problem.setTitle("Te groot / Too large");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler({OptimisticLockingException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail concurrentChange(RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Iemand anders heeft dit tegelijk gewijzigd; er is niets opgeslagen. Probeer het opnieuw. "
                        + "/ Someone else changed this at the same time; nothing was stored. Please try again.");
        problem.setTitle("Conflict / Conflict");
        return problem;
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ProblemDetail databaseUnavailable(RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE);
        problem.setTitle("Tijdelijk niet beschikbaar / Temporarily unavailable");
        return problem;
    }

    /**
     * The database went away while the engine or JPA was writing: the exception is the engine's or the transaction
     * manager's, the cause a lost connection. Anything else is not ours to answer and is thrown on.
     */
    @ExceptionHandler({ProcessEngineException.class, TransactionException.class, PersistenceException.class,
            DataAccessException.class})
    ProblemDetail lostConnection(RuntimeException ex) {
        if (DatabaseUnavailableFilter.causedByLostConnection(ex)) {
            return databaseUnavailable(ex);
        }
        throw ex;
    }

    static ProblemDetail invalidInput(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Ongeldige invoer / Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}
