package nl.slimmehandhaving.sanctions;

import java.math.BigDecimal;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Amounts as forms submit them (Long, Double or text). */
final class SanctionTaskInput {

    private SanctionTaskInput() {
    }

    static BigDecimal amount(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new BadUserRequestException("Geen geldig bedrag: " + name + " / not a valid amount");
        }
    }
}
