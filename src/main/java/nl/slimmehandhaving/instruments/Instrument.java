package nl.slimmehandhaving.instruments;

import java.util.Arrays;

/** The enforcement instruments the InstrumentChoice decision can propose, with their Dutch names. */
public enum Instrument {
    INFORMATION_LETTER("Voorlichtingsbrief"),
    ADVICE_CONVERSATION("Adviesgesprek"),
    NORM_CONVERSATION("Normoverdragend gesprek"),
    GUIDANCE("Begeleiding"),
    DEBT_COUNSELLING_REFERRAL("Verwijzing naar schuldhulpverlening"),
    INTENSIFIED_MONITORING("Verscherpt toezicht"),
    RECOVERY_ORDER("Terugvordering"),
    SANCTION_PROCEDURE("Sanctieprocedure (boete of waarschuwing)");

    private final String dutchName;

    Instrument(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(instrument -> instrument.name().equals(code));
    }
}
