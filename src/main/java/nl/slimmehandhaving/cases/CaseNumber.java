package nl.slimmehandhaving.cases;

import java.time.Year;
import java.util.regex.Pattern;

/** Case numbers look like {@code HZ-2026-000123}: prefix, year of registration, sequence. */
public final class CaseNumber {

    private static final Pattern FORMAT = Pattern.compile("HZ-\\d{4}-\\d{6,}");

    private CaseNumber() {
    }

    public static String format(Year year, long sequence) {
        return String.format("HZ-%d-%06d", year.getValue(), sequence);
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }
}
