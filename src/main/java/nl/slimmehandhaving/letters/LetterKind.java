package nl.slimmehandhaving.letters;

/** The letters the agency sends, each with its own template under {@code templates/letters/}. */
public enum LetterKind {
    INVITATION("invitation", "Uitnodiging voor een gesprek"),
    INFORMATION("information", "Informatie over wat u moet doorgeven"),
    QUESTIONNAIRE("questionnaire", "Uw mening over de regels en over ons"),
    NOTICE_OF_INTENT("notice-of-intent", "Wij zijn van plan een besluit te nemen"),
    DECISION("decision", "Ons besluit over uw uitkering"),
    WARNING("warning", "Ons besluit: een waarschuwing");

    private final String template;
    private final String subject;

    LetterKind(String template, String subject) {
        this.template = template;
        this.subject = subject;
    }

    String template() {
        return "letters/" + template;
    }

    public String subject() {
        return subject;
    }
}
