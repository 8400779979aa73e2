package org.vigie.rules.tooling;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.DecodeException;
import org.vigie.schemas.wire.SignalCodec;

/**
 * The JSON-lines event file {@code rules backtest --events} reads: one event per line, the object
 * {@link SignalCodec#encodeJson} writes with a {@code "type"} field naming its event type ({@code CameraDetection},
 * {@code DumpingObservation}, {@code TrafficEvent}, {@code CitizenReport}; the source kinds {@code CAMERA}, ... also
 * do). A file of one kind may leave {@code type} out and be read with {@code --kind}.
 */
public final class EventLines {

    public static final String TYPE_FIELD = "type";

    private static final JsonFactory JSON = new JsonFactory();

    private EventLines() {
    }

    /** One line (without its newline) for {@code event}; {@code plateNumber} as a camera would send it, or null. */
    public static String line(SignalCodec codec, SignalEvent event, String plateNumber) {
        String json = new String(codec.encodeJson(event, plateNumber), StandardCharsets.UTF_8);
        return "{\"" + TYPE_FIELD + "\":\"" + event.sourceKind().eplType() + "\"," + json.substring(1);
    }

    /**
     * The kind a line's {@code type} names, or {@code fallback} if it has none.
     *
     * @throws DecodeException if the line is not a JSON object, names an unknown type, or has no type and no fallback
     */
    static SourceKind kind(byte[] line, SourceKind fallback) throws DecodeException {
        String type = type(line);
        if (type == null) {
            if (fallback == null) {
                throw new DecodeException("no '" + TYPE_FIELD + "' field (give --kind for a file of one kind)");
            }
            return fallback;
        }
        SourceKind kind = kindOf(type);
        if (kind == null) {
            throw new DecodeException("unknown " + TYPE_FIELD + " '" + type + "'");
        }
        return kind;
    }

    /** An event type name ({@code CameraDetection}) or a source kind ({@code CAMERA}), any case; null if neither. */
    static SourceKind kindOf(String name) {
        for (SourceKind kind : SourceKind.values()) {
            if (kind.eplType().equalsIgnoreCase(name) || kind.name().equals(name.toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }

    private static String type(byte[] line) throws DecodeException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DecodeException("not a JSON object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(TYPE_FIELD) && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new DecodeException("malformed JSON", e);
        }
    }
}
