package org.vigie.alerts.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vigie.schemas.wire.DecodeException;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reading and writing the fields the feedback and audit codecs share. */
final class JsonFields {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** UTC written as +00:00, as CAP and Open311 readers expect; milliseconds keep it lossless. */
    private static final DateTimeFormatter ISO_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);

    private JsonFields() {
    }

    static String iso(long epochMillis) {
        return ISO_UTC.format(Instant.ofEpochMilli(epochMillis));
    }

    static JsonNode parseObject(byte[] bytes) throws DecodeException {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new DecodeException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DecodeException("unreadable: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new DecodeException("not a JSON object");
        }
        return node;
    }

    static String requiredText(JsonNode node, String field) throws DecodeException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new DecodeException("missing required field '" + field + "'");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new DecodeException("field '" + field + "' must be a non-empty string");
        }
        return v.asText();
    }

    static String optionalText(JsonNode node, String field) throws DecodeException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new DecodeException("field '" + field + "' must be a string");
        }
        return v.asText();
    }

    /** Epoch ms, or ISO-8601 with an offset ({@code Z} accepted on input). */
    static long requiredTime(JsonNode node, String field) throws DecodeException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new DecodeException("missing required field '" + field + "'");
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(v.asText(), Instant::from).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new DecodeException("field '" + field + "' is not epoch milliseconds or an ISO-8601 date-time "
                    + "with offset");
        }
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
