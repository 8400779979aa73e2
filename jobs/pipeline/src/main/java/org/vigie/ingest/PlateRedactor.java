package org.vigie.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Keeps a clear plate out of the dead-letter topic. A refused record is kept whole so it can be replayed, but the
 * plate in it must leave ingest as a pseudonym like every other plate: where the payload is a JSON object with a
 * {@code plateNumber}, that field is swapped for {@code platePseudonym}/{@code plateKeyId}. Bytes that cannot be
 * parsed at all are kept as they are: nothing in them can be located, and the topic's retention bounds them.
 */
final class PlateRedactor {

    static final String CLEAR_FIELD = "plateNumber";

    private final ObjectMapper json = new ObjectMapper();

    byte[] redact(byte[] payload, PlatePseudonymizer plates) {
        if (payload == null || payload.length == 0 || !looksLikeJson(payload)) {
            return payload;
        }
        try {
            JsonNode root = json.readTree(payload);
            if (root instanceof ObjectNode o && o.has(CLEAR_FIELD)) {
                JsonNode plate = o.remove(CLEAR_FIELD);
                if (plate.isTextual() && !PlatePseudonymizer.normalise(plate.asText()).isEmpty()) {
                    o.put("platePseudonym", plates.pseudonymize(plate.asText()));
                    o.put("plateKeyId", plates.keyId());
                }
                return json.writeValueAsBytes(o);
            }
            return payload;
        } catch (IOException | RuntimeException e) {
            return payload;
        }
    }

    private static boolean looksLikeJson(byte[] b) {
        for (byte x : b) {
            if (!Character.isWhitespace(x)) {
                return x == '{';
            }
        }
        return false;
    }
}
