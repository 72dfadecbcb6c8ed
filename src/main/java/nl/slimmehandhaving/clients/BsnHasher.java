package nl.slimmehandhaving.clients;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keyed hash (HMAC-SHA256) of a BSN: lets us find a client again without storing the number itself. */
@Component
public class BsnHasher {

    private final SecretKeySpec key;

    public BsnHasher(@Value("${slimmehandhaving.bsn.hash-key}") String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("slimmehandhaving.bsn.hash-key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(Bsn bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
