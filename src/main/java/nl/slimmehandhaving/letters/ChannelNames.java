package nl.slimmehandhaving.letters;

import java.util.Map;

/** How a letter names a contact channel. */
public final class ChannelNames {

    private static final Map<String, String> DUTCH = Map.of(
            "PHONE", "telefoon", "VIDEO", "beeldbellen", "FACE_TO_FACE", "een gesprek op ons kantoor",
            "LETTER", "een brief", "EMAIL", "e-mail");

    private ChannelNames() {
    }

    public static String dutch(String channel) {
        return channel == null ? "telefoon" : DUTCH.getOrDefault(channel, channel);
    }
}
