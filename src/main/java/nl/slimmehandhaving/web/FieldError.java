package nl.slimmehandhaving.web;

/** One bad field of a request: its name and what is wrong, in Dutch / English. Never its value. */
public record FieldError(String field, String message) {
}
