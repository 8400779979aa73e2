package org.vigie.ingest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;

/**
 * Replaces a clear licence plate by a keyed HMAC-SHA-256 pseudonym (GDPR art. 4(5)). A plain hash would not do: the
 * space of plates is small enough to hash exhaustively. The key id travels beside each pseudonym so keys can rotate
 * and a pseudonym is only ever compared with pseudonyms of the same key.
 *
 * <p>Not thread-safe (one {@link Mac} per instance): make one per task.
 */
public final class PlatePseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";

    private final String keyId;
    private final Mac mac;

    public PlatePseudonymizer(String keyId, byte[] key) {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("a plate key needs an id");
        }
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("plate key '" + keyId + "' is shorter than 16 bytes");
        }
        this.keyId = keyId;
        try {
            this.mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    public static PlatePseudonymizer fromText(String keyId, String key) {
        return new PlatePseudonymizer(keyId, key.getBytes(StandardCharsets.UTF_8));
    }

    public String keyId() {
        return keyId;
    }

    /**
     * The pseudonym of a plate: the HMAC of its normalised form (upper case, letters and digits only, so
     * "ab-123 cd" and "AB123CD" are the same plate), base64url without padding.
     */
    public String pseudonymize(String plate) {
        String normalised = normalise(plate);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("plate has no letters or digits");
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
    }

    static String normalise(String plate) {
        StringBuilder b = new StringBuilder(plate.length());
        for (int i = 0; i < plate.length(); i++) {
            char c = plate.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
