package nl.slimmehandhaving.sanctions;

import java.util.HashMap;
import java.util.Map;
import nl.slimmehandhaving.letters.Money;

/** The plain-Dutch sentences and values the voornemen and beschikking letters get about a sanction. */
final class SanctionWording {

    private SanctionWording() {
    }

    static Map<String, Object> noticeOfIntent(SanctionCase sanction) {
        Map<String, Object> details = common(sanction);
        details.put("sanctionText", switch (Sanction.valueOf(sanction.getSanction())) {
            case FINE -> "Daarnaast zijn wij van plan u een boete te geven van " + Money.format(sanction.getFineAmount())
                    + ". Wij kijken daarbij naar hoeveel u te verwijten valt. Wat u ons vertelt, kan de boete lager maken.";
            case WARNING -> "Wij zijn van plan u geen boete te geven, maar een waarschuwing.";
            case NO_SANCTION -> "U krijgt geen boete en geen waarschuwing.";
            case CRIMINAL_REFERRAL -> "Wij zijn van plan aangifte te doen bij het Openbaar Ministerie.";
        });
        return details;
    }

    static Map<String, Object> decision(SanctionCase sanction) {
        Map<String, Object> details = common(sanction);
        details.put("clientView", sanction.getClientView());
        details.put("viewWeighing", sanction.getViewWeighing());
        details.put("sanctionText", switch (Sanction.valueOf(sanction.getSanction())) {
            case FINE -> "U krijgt een boete van " + Money.format(sanction.getFineAmount()) + ". " + reason(sanction);
            case WARNING -> "U krijgt een waarschuwing. Dat is geen boete. " + reason(sanction);
            case NO_SANCTION -> "U krijgt geen boete en geen waarschuwing.";
            case CRIMINAL_REFERRAL -> "Wij doen aangifte bij het Openbaar Ministerie.";
        });
        return details;
    }

    /** The caseworker's own reason when they deviated from the rules' proposal; otherwise how the rules weigh. */
    private static String reason(SanctionCase sanction) {
        if (sanction.getDeviationReason() != null) {
            return "Waarom: " + sanction.getDeviationReason();
        }
        return "Wij hebben daarbij gekeken naar hoeveel u te verwijten valt, of u de wijziging zelf heeft gemeld "
                + "en of u eerder een boete of waarschuwing kreeg.";
    }

    private static Map<String, Object> common(SanctionCase sanction) {
        Map<String, Object> details = new HashMap<>();
        details.put("overpayment", Money.format(sanction.getOverpaymentAmount()));
        details.put("recovery", sanction.hasRecovery());
        return details;
    }
}
