package nl.slimmehandhaving.profiling;

/** An answer outside the scale: only a tampered form sends one, so the page is shown again and nothing is kept. */
public class InvalidQuestionnaireAnswersException extends RuntimeException {

    private final String itemCode;

    InvalidQuestionnaireAnswersException(String itemCode) {
        super("Answer to " + itemCode + " is outside the scale");
        this.itemCode = itemCode;
    }

    public String itemCode() {
        return itemCode;
    }
}
