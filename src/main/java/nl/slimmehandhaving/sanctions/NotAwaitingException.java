package nl.slimmehandhaving.sanctions;

/** The client's view or objection arrived while the case is not waiting for it (answered 409). */
class NotAwaitingException extends RuntimeException {

    NotAwaitingException(String message) {
        super(message);
    }
}
