package nl.slimmehandhaving.profiling;

/** Braithwaite's motivational postures, with the Dutch names the study uses. */
public enum Posture {
    COMMITMENT("Verbondenheid", "u vindt de regels zinvol en wilt ze graag goed naleven"),
    CAPITULATION("Overgave", "u doet wat er van u gevraagd wordt, ook als u het er niet altijd mee eens bent"),
    RESISTANCE("Weerstand", "u voelt zich niet altijd eerlijk behandeld en komt op voor uzelf"),
    DISENGAGEMENT("Onthechting", "u voelt weinig band met de regels en met de instantie die uw uitkering betaalt"),
    GAME_PLAYING("Omzeiling", "u kent de regels goed en zoekt de ruimte die ze u bieden");

    private final String dutchName;
    private final String forClient;

    Posture(String dutchName, String forClient) {
        this.dutchName = dutchName;
        this.forClient = forClient;
    }

    /** What the posture means, addressed to the client in plain Dutch (no label that could read as a verdict). */
    public String forClient() {
        return forClient;
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
