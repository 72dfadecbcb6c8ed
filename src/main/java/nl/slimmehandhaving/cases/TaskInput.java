package nl.slimmehandhaving.cases;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads what a caseworker submitted in a form, tolerant of how forms encode values. */
public final class TaskInput {

    private TaskInput() {
    }

    public static boolean bool(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && Boolean.parseBoolean(value.toString());
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    public static String requiredText(VariableScope scope, String name, String message) {
        String value = text(scope, name);
        if (value == null) {
            throw new BadUserRequestException(message);
        }
        return value;
    }
}
