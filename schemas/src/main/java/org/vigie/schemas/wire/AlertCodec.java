package org.vigie.schemas.wire;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.vigie.events.Alert;
import org.vigie.events.EventRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alerts on the wire, as JSON for any consumer and as Avro single-object encoding.
 *
 * <p>The JSON form has the record's fields (times as epoch ms) and, next to each time, its ISO-8601 rendering in
 * UTC written with {@code +00:00} as CAP 1.2 requires: {@code time} beside {@code eventTime},
 * {@code windowStartTime}, {@code windowEndTime}, and {@code time} in each contributing event. Readers ignore the
 * renderings and unknown fields. Instances are thread-safe.
 */
public final class AlertCodec {

    private static final EnumLookup<Alert.Severity> SEVERITIES = new EnumLookup<>(Alert.Severity.class);
    private static final Map<String, String> ALERT_ISO =
            Map.of("eventTime", "time", "windowStart", "windowStartTime", "windowEnd", "windowEndTime");
    private static final Map<String, String> REF_ISO = Map.of("eventTime", "time");
    private static final BinaryMessageEncoder<org.vigie.schemas.avro.Alert> ENCODER =
            org.vigie.schemas.avro.Alert.getEncoder();

    private final SingleObjectReader<org.vigie.schemas.avro.Alert> reader;

    /** A codec that reads Avro written with the current or any released Vigie schema. */
    public AlertCodec() {
        this(null);
    }

    /** @param extraWriterSchemas asked for Avro writer schemas that are neither current nor released, or null */
    public AlertCodec(SchemaStore extraWriterSchemas) {
        reader = new SingleObjectReader<>(org.vigie.schemas.avro.Alert.getClassSchema(),
                new WriterSchemas(extraWriterSchemas));
    }

    /** The alert as one UTF-8 JSON object; {@code values} are written in key order. */
    public byte[] toJson(Alert alert) {
        return Json.write(gen -> {
            gen.writeStartObject();
            writeScalars(alert, new JsonSink(gen, ALERT_ISO));
            gen.writeArrayFieldStart("contributing");
            JsonSink refSink = new JsonSink(gen, REF_ISO);
            for (EventRef ref : alert.contributing()) {
                gen.writeStartObject();
                EventRefMapping.write(ref, refSink);
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeObjectFieldStart("values");
            for (Map.Entry<String, String> v : new TreeMap<>(alert.values()).entrySet()) {
                gen.writeStringField(v.getKey(), v.getValue());
            }
            gen.writeEndObject();
            gen.writeEndObject();
        });
    }

    /**
     * Reads an alert written by {@link #toJson}. Times may be epoch ms or ISO-8601 with offset.
     *
     * @throws DecodeException naming the missing or malformed field
     */
    public Alert fromJson(byte[] bytes) throws DecodeException {
        JsonNode node = Json.parseObject(bytes);
        JsonNode refsNode = node.get("contributing");
        if (refsNode == null || refsNode.isNull()) {
            throw FieldSource.missing("contributing");
        }
        if (!refsNode.isArray()) {
            throw FieldSource.notA("contributing", "an array");
        }
        List<EventRef> refs = new ArrayList<>(refsNode.size());
        for (JsonNode ref : refsNode) {
            if (!ref.isObject()) {
                throw FieldSource.notA("contributing[" + refs.size() + "]", "an object");
            }
            refs.add(EventRefMapping.read(JsonFields.of(ref), refs.size()));
        }
        return read(JsonFields.of(node), refs, values(node.get("values")));
    }

    private static Map<String, String> values(JsonNode node) throws DecodeException {
        if (node == null || node.isNull()) {
            throw FieldSource.missing("values");
        }
        if (!node.isObject()) {
            throw FieldSource.notA("values", "an object");
        }
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, JsonNode> v : node.properties()) {
            if (!v.getValue().isValueNode() || v.getValue().isNull()) {
                throw FieldSource.notA("values." + Texts.clip(v.getKey()), "a scalar");
            }
            values.put(v.getKey(), v.getValue().asText());
        }
        return values;
    }

    /** The alert in Avro single-object encoding, with the current schema. */
    public byte[] toAvro(Alert alert) {
        org.vigie.schemas.avro.Alert record = new org.vigie.schemas.avro.Alert();
        writeScalars(alert, new AvroFields(record));
        List<org.vigie.schemas.avro.EventRef> refs = new ArrayList<>(alert.contributing().size());
        for (EventRef ref : alert.contributing()) {
            org.vigie.schemas.avro.EventRef r = new org.vigie.schemas.avro.EventRef();
            EventRefMapping.write(ref, new AvroFields(r));
            refs.add(r);
        }
        record.setContributing(refs);
        record.setValues(alert.values());
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            ENCODER.encode(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Avro to memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads an alert in Avro single-object encoding.
     *
     * @throws DecodeException if the bytes are not a readable Avro alert
     */
    public Alert fromAvro(byte[] bytes) throws DecodeException {
        if (!SingleObjectReader.isSingleObject(bytes)) {
            throw new DecodeException("not Avro single-object encoding");
        }
        org.vigie.schemas.avro.Alert record = reader.read(bytes);
        List<EventRef> refs = new ArrayList<>(record.getContributing().size());
        for (org.vigie.schemas.avro.EventRef r : record.getContributing()) {
            refs.add(EventRefMapping.read(new AvroFields(r), refs.size()));
        }
        return read(new AvroFields(record), refs, record.getValues());
    }

    private static Alert read(FieldSource in, List<EventRef> refs, Map<String, String> values)
            throws DecodeException {
        return new Alert(
                Checks.nonBlank("id", in.string("id")),
                in.string("ruleId"),
                in.integer("ruleVersion"),
                in.optString("zone"),
                SEVERITIES.parse("severity", in.string("severity")),
                in.integer("priority"),
                in.time("eventTime"),
                in.time("windowStart"),
                in.time("windowEnd"),
                in.optString("description"),
                refs,
                values);
    }

    private static void writeScalars(Alert a, FieldSink out) {
        out.string("id", a.id());
        out.string("ruleId", a.ruleId());
        out.integer("ruleVersion", a.ruleVersion());
        out.string("zone", a.zone());
        out.enumName("severity", a.severity());
        out.integer("priority", a.priority());
        out.time("eventTime", a.eventTime());
        out.time("windowStart", a.windowStart());
        out.time("windowEnd", a.windowEnd());
        out.string("description", a.description());
    }
}
