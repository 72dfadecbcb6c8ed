package nl.slimmehandhaving.letters;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as a Dutch reader expects them: "€ 1.200,00". */
public final class Money {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Money() {
    }

    public static String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(DUTCH);
        return format.format(amount == null ? BigDecimal.ZERO : amount).replace('\u00a0', ' ');
    }
}
