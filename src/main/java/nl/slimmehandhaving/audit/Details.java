package nl.slimmehandhaving.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the details map of an entry, skipping empty values, in insertion order. */
final class Details {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static Details of() {
        return new Details();
    }

    Details put(String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            values.put(key, value);
        }
        return this;
    }

    /** Values as JSON, CSV and PDF can show them: scalars stay, collections of scalars stay, the rest as text. */
    static Object simple(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(Details::simple).toList();
        }
        return String.valueOf(value);
    }

    Map<String, Object> map() {
        return values;
    }
}
