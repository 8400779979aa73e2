package org.vigie.alerts.incidents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Incident ids: {@code <zone>:<class>:<12 hex digits>}, e.g. {@code port-nord:ILLEGAL_DUMPING:3f9a0c1b2d4e}.
 *
 * <p>Derived from zone, class and the first alert's id only, so a replay that re-opens the incident from the same
 * (stable) first alert gives it the same id. Zone and class are percent-encoded outside {@code [A-Za-z0-9._~-]}, so
 * an id never holds a space, comma, '<' or '&' (CAP identifiers forbid them) and the zone, the feedback stream's
 * key, can be read back from an id.
 */
public final class IncidentIds {

    private IncidentIds() {
    }

    public static String of(String zone, String incidentClass, String firstAlertId) {
        String key = zone + '\u0000' + incidentClass + '\u0000' + firstAlertId;
        byte[] digest = sha256(key.getBytes(StandardCharsets.UTF_8));
        return encode(zone) + ':' + encode(incidentClass) + ':' + HexFormat.of().formatHex(digest, 0, 6);
    }

    /**
     * The zone an incident id belongs to.
     *
     * @throws IllegalArgumentException if {@code incidentId} is not of the form {@link #of} writes
     */
    public static String zoneOf(String incidentId) {
        int colon = incidentId.indexOf(':');
        if (colon <= 0 || incidentId.indexOf(':', colon + 1) < 0) {
            throw new IllegalArgumentException("not a Vigie incident id: '" + incidentId + "'");
        }
        return decode(incidentId.substring(0, colon));
    }

    private static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '~' || c == '-') {
                sb.append(c);
            } else {
                sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return sb.toString();
    }

    private static String decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("bad escape in incident id part '" + text + "'");
                }
                out.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
