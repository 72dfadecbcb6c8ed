package nl.slimmehandhaving.profiling;

/** Braithwaite's motivational postures, with the Dutch names the study uses. */
public enum Posture {
    COMMITMENT("Verbondenheid"),
    CAPITULATION("Overgave"),
    RESISTANCE("Weerstand"),
    DISENGAGEMENT("Onthechting"),
    GAME_PLAYING("Omzeiling");

    private final String dutchName;

    Posture(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }

    public static boolean isKnown(String code) {
        for (Posture posture : values()) {
            if (posture.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
