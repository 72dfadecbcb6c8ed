package nl.slimmehandhaving.web;

import java.util.List;

/** Input that breaks a rule the type system cannot express; answered as 400 naming each field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Ongeldige invoer / Invalid input");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
