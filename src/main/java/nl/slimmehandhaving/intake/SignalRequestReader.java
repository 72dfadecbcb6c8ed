package nl.slimmehandhaving.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import nl.slimmehandhaving.web.FieldError;
import nl.slimmehandhaving.web.InvalidInputException;
import nl.slimmehandhaving.web.JsonInputErrors;
import org.springframework.stereotype.Component;

/**
 * Reads and validates the JSON of a signal itself, instead of {@code @Valid @RequestBody}: Spring's and Jackson's
 * exceptions for bad input repeat the rejected value (a BSN in the wrong field, a mistyped BSN) and Spring logs
 * them; ours name only the field.
 */
@Component
class SignalRequestReader {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    SignalRequestReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    SignalRequest read(byte[] body) {
        SignalRequest request;
        try {
            request = objectMapper.readValue(body, SignalRequest.class);
        } catch (IOException unreadable) {
            throw new InvalidInputException(List.of(JsonInputErrors.of(unreadable)));
        }
        if (request == null) {
            throw new InvalidInputException("body", "is leeg / is empty");
        }
        List<FieldError> errors = validator.validate(request).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return request;
    }
}
