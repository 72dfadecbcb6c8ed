package nl.slimmehandhaving.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/** Which field of a JSON body Jackson could not read, in Dutch / English, without the value it saw. */
public final class JsonInputErrors {

    private JsonInputErrors() {
    }

    public static FieldError of(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(unknown.getPropertyName(), "is geen bekend veld / is not a known field");
        }
        if (cause instanceof InvalidFormatException format) {
            return new FieldError(path(format), "heeft een ongeldig formaat / has an invalid format");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(path(mapping), "heeft een ongeldige waarde / has an invalid value");
        }
        return new FieldError("body", "is geen geldige JSON / is not valid JSON");
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
