package nl.slimmehandhaving.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Valid signals for tests, each with its own reference and a fresh 11-proof BSN. */
public final class TestSignals {

    private TestSignals() {
    }

    public static SignalRequest signal(String organisation) {
        return signal(organisation, "INLICHTINGENBUREAU", new BigDecimal("2400.00"), null);
    }

    public static SignalRequest signal(String organisation, String source, BigDecimal amount, String preferredChannel) {
        return new SignalRequest("REF-" + UUID.randomUUID(), organisation,
                organisation.equals("uwv") ? "WW" : "BIJSTAND", newBsn(), "J. de Vries", source,
                "Inkomsten niet gemeld", "Loon van nieuwe werkgever volgens polisadministratie", amount,
                LocalDate.now().minusDays(3), preferredChannel);
    }

    /** A random BSN that passes the 11-proof. */
    public static String newBsn() {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            digits[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            for (int i = 1; i < 8; i++) {
                digits[i] = ThreadLocalRandom.current().nextInt(10);
            }
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * digits[i];
            }
            int check = sum % 11;
            if (check < 10) {
                digits[8] = check;
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }
}
