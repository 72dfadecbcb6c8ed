package nl.slimmehandhaving.clients;

/**
 * A burgerservicenummer. Validated with the 11-proof; its {@link #toString()} never reveals it,
 * so it cannot leak into logs by accident.
 */
public final class Bsn {

    private final String digits;

    private Bsn(String digits) {
        this.digits = digits;
    }

    public static Bsn of(String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid BSN");
        }
        return new Bsn(value);
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{9}") || value.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (value.charAt(i) - '0');
        }
        sum -= value.charAt(8) - '0';
        return sum % 11 == 0;
    }

    public String digits() {
        return digits;
    }

    /** The display form used everywhere a person sees the BSN: only the last three digits. */
    public String masked() {
        return "******" + digits.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bsn bsn && bsn.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
