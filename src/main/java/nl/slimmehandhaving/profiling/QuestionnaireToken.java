package nl.slimmehandhaving.profiling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a questionnaire link: 256 random bits, URL-safe. Guessing one is hopeless, so a plain SHA-256
 * (no salt, no slow hash) is enough to keep the stored value useless to whoever reads the database.
 */
final class QuestionnaireToken {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FORMAT = "[A-Za-z0-9_-]{43}";

    private QuestionnaireToken() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isWellFormed(String token) {
        return token != null && token.matches(FORMAT);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
