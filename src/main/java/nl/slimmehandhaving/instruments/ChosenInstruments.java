package nl.slimmehandhaving.instruments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Reads the checklist value a form submits: a JSON array, a list, or comma-separated text. */
final class ChosenInstruments {

    private ChosenInstruments() {
    }

    static List<String> from(Object value) {
        List<String> codes = new ArrayList<>();
        if (value instanceof SpinJsonNode node) {
            node.elements().forEach(element -> codes.add(element.stringValue()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> codes.add(String.valueOf(element)));
        } else if (value instanceof String text && text.strip().startsWith("[")) {
            return from(Spin.JSON(text));
        } else if (value instanceof String text) {
            for (String code : text.split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
        }
        return codes;
    }
}
