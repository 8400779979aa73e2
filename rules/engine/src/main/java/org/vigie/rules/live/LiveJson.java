package org.vigie.rules.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.vigie.schemas.wire.DecodeException;

/** Reads and writes the live-rules records: one JSON object each, fields by name, errors naming the field. */
final class LiveJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private LiveJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
    }

    static JsonNode parse(byte[] bytes) throws DecodeException {
        if (bytes == null || bytes.length == 0) {
            throw new DecodeException("empty record");
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new DecodeException("JSON value is not an object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new DecodeException("malformed JSON" + where, e);
        } catch (IOException e) {
            throw new DecodeException("unreadable JSON", e);
        }
    }

    /** A required, non-blank string. */
    static String string(JsonNode node, String field) throws DecodeException {
        String value = optString(node, field);
        if (value == null || value.isBlank()) {
            throw new DecodeException("missing required field '" + field + "'");
        }
        return value;
    }

    static String optString(JsonNode node, String field) throws DecodeException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new DecodeException("field '" + field + "' is not a string");
        }
        return value.textValue();
    }

    static int integer(JsonNode node, String field) throws DecodeException {
        JsonNode value = required(node, field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new DecodeException("field '" + field + "' is not an integer");
        }
        return value.intValue();
    }

    static Integer optInteger(JsonNode node, String field) throws DecodeException {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : integer(node, field);
    }

    /** Epoch ms, or an ISO-8601 date-time with offset. */
    static long time(JsonNode node, String field) throws DecodeException {
        JsonNode value = required(node, field);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.textValue(), Instant::from).toEpochMilli();
            } catch (DateTimeParseException | ArithmeticException e) {
                // same message as any other type
            }
        }
        throw new DecodeException("field '" + field + "' is not epoch milliseconds or an ISO-8601 date-time"
                + " with offset");
    }

    static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type) throws DecodeException {
        String text = string(node, field);
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DecodeException("field '" + field + "' must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static JsonNode required(JsonNode node, String field) throws DecodeException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new DecodeException("missing required field '" + field + "'");
        }
        return value;
    }
}
