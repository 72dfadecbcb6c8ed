package nl.slimmehandhaving.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a case's audit timeline.
 *
 * @param at          when it happened
 * @param kind        what sort of event (for filtering and the CSV)
 * @param description what happened, in Dutch, for the auditor
 * @param actor       the user who acted, or {@code null} for the system
 * @param process     key of the process (definition) it happened in, if any
 * @param element     id of the BPMN element or DMN decision, if any
 * @param details     the facts behind it (submitted values, decision inputs and outputs, reasons), in stable order
 */
public record TimelineEntry(Instant at, Kind kind, String description, String actor, String process, String element,
                            Map<String, Object> details) {

    public enum Kind {
        SIGNAL("Signaal"),
        ACTIVITY_STARTED("Stap gestart"),
        ACTIVITY_ENDED("Stap afgerond"),
        TASK_COMPLETED("Taak afgerond"),
        USER_OPERATION("Handeling"),
        DECISION("Beslissing (DMN)"),
        TIMER("Timer afgegaan"),
        INCIDENT("Incident"),
        CONTACT("Contact met de klant"),
        POSTURE("Houding"),
        INSTRUMENT("Instrument"),
        COMPLIANCE("Nalevingscontrole"),
        OUTCOME("Afloop"),
        LETTER("Brief");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TimelineEntry {
        details = details == null ? Map.of() : details;
    }
}
