package org.vigie.schemas.wire;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.schemas.avro.CameraDetection;
import org.vigie.schemas.avro.CitizenReport;
import org.vigie.schemas.avro.DumpingObservation;
import org.vigie.schemas.avro.TrafficEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes and encodes the four input signal kinds. Each record's format is detected on its own: Avro single-object
 * encoding (first bytes {@code 0xC3 0x01}) or JSON (first non-blank byte <code>'{'</code>, field names as the
 * record components, enums by constant name in any case, {@code eventTime} as epoch ms or ISO-8601 with offset).
 *
 * <p>Instances are thread-safe and meant to be long-lived: the Avro decoders and the JSON factory are reused.
 */
public final class SignalCodec {

    private static final String PLATE = "plateNumber";

    private final Map<SourceKind, SingleObjectReader<SpecificRecordBase>> readers = new EnumMap<>(SourceKind.class);
    private final Map<SourceKind, BinaryMessageEncoder<SpecificRecordBase>> writers =
            new EnumMap<>(SourceKind.class);

    /** A codec that reads Avro written with the current or any released Vigie schema. */
    public SignalCodec() {
        this(null);
    }

    /**
     * @param extraWriterSchemas asked for Avro writer schemas that are neither current nor released (a schema
     *                           registry, a test's older schema), or {@code null}
     */
    public SignalCodec(SchemaStore extraWriterSchemas) {
        WriterSchemas store = new WriterSchemas(extraWriterSchemas);
        for (SourceKind kind : SourceKind.values()) {
            Schema schema = schema(kind);
            readers.put(kind, new SingleObjectReader<>(schema, store));
            writers.put(kind, new BinaryMessageEncoder<>(SpecificData.getForSchema(schema), schema));
        }
    }

    /** The current Avro schema of a signal kind. */
    public static Schema schema(SourceKind kind) {
        switch (kind) {
            case CAMERA:
                return CameraDetection.getClassSchema();
            case DUMPING_SENSOR:
                return DumpingObservation.getClassSchema();
            case TRAFFIC:
                return TrafficEvent.getClassSchema();
            case CITIZEN_REPORT:
                return CitizenReport.getClassSchema();
            default:
                throw new IllegalArgumentException("no schema for " + kind);
        }
    }

    /**
     * Decodes one record of the given kind.
     *
     * @param kind  the kind the record's topic carries
     * @param bytes the record value, JSON or Avro single-object encoding
     * @return the signal and, for a camera detection, the clear plate if one was sent
     * @throws DecodeException with a human-readable reason if the record is malformed, incomplete, of another kind
     *                         or carries a biometric attribute
     */
    public DecodedSignal decode(SourceKind kind, byte[] bytes) throws DecodeException {
        Objects.requireNonNull(kind, "kind");
        if (bytes == null || bytes.length == 0) {
            throw new DecodeException("empty record");
        }
        FieldSource fields;
        if (SingleObjectReader.isSingleObject(bytes)) {
            fields = new AvroFields(readers.get(kind).read(bytes));
        } else if (startsLikeJson(bytes)) {
            fields = Json.parseFields(bytes);
        } else {
            throw new DecodeException("not JSON or Avro single-object encoding");
        }
        SignalEvent event = SignalMapping.of(kind).read(fields);
        return new DecodedSignal(event, kind == SourceKind.CAMERA ? fields.optString(PLATE) : null);
    }

    private static boolean startsLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    /**
     * Encodes a signal as one JSON object (absent optional fields are left out, {@code eventTime} is epoch ms).
     *
     * @param plateNumber a clear plate to send with a camera detection, as a camera would; {@code null} otherwise
     * @throws IllegalArgumentException if a plate is given for a signal that is not a camera detection
     */
    public byte[] encodeJson(SignalEvent event, String plateNumber) {
        checkPlate(event, plateNumber);
        return Json.write(gen -> {
            gen.writeStartObject();
            JsonSink sink = new JsonSink(gen);
            SignalMapping.of(event.sourceKind()).write(event, sink);
            sink.string(PLATE, plateNumber);
            gen.writeEndObject();
        });
    }

    /**
     * Encodes a signal in Avro single-object encoding with its kind's current schema.
     *
     * @param plateNumber a clear plate to send with a camera detection, as a camera would; {@code null} otherwise
     * @throws IllegalArgumentException if a plate is given for a signal that is not a camera detection
     */
    public byte[] encodeAvro(SignalEvent event, String plateNumber) {
        checkPlate(event, plateNumber);
        SourceKind kind = event.sourceKind();
        SpecificRecordBase record = (SpecificRecordBase) SpecificData.getForSchema(schema(kind))
                .newRecord(null, schema(kind));
        AvroFields sink = new AvroFields(record);
        SignalMapping.of(kind).write(event, sink);
        if (plateNumber != null) {
            sink.string(PLATE, plateNumber);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            writers.get(kind).encode(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Avro to memory", e);
        }
        return out.toByteArray();
    }

    private static void checkPlate(SignalEvent event, String plateNumber) {
        if (plateNumber != null && event.sourceKind() != SourceKind.CAMERA) {
            throw new IllegalArgumentException("only camera detections carry a plate, not " + event.sourceKind());
        }
    }
}
