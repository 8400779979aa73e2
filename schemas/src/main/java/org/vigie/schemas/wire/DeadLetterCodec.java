package org.vigie.schemas.wire;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.vigie.events.DeadLetter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;

/**
 * Dead letters on the wire, as JSON (payload in standard base64, {@code receivedTime} as an ISO-8601 rendering of
 * {@code receivedAt}) and as Avro single-object encoding. Instances are thread-safe.
 */
public final class DeadLetterCodec {

    private static final Map<String, String> ISO = Map.of("receivedAt", "receivedTime");
    private static final BinaryMessageEncoder<org.vigie.schemas.avro.DeadLetter> ENCODER =
            org.vigie.schemas.avro.DeadLetter.getEncoder();

    private final SingleObjectReader<org.vigie.schemas.avro.DeadLetter> reader;

    /** A codec that reads Avro written with the current or any released Vigie schema. */
    public DeadLetterCodec() {
        this(null);
    }

    /** @param extraWriterSchemas asked for Avro writer schemas that are neither current nor released, or null */
    public DeadLetterCodec(SchemaStore extraWriterSchemas) {
        reader = new SingleObjectReader<>(org.vigie.schemas.avro.DeadLetter.getClassSchema(),
                new WriterSchemas(extraWriterSchemas));
    }

    /** The dead letter as one UTF-8 JSON object. */
    public byte[] toJson(DeadLetter letter) {
        return Json.write(gen -> {
            gen.writeStartObject();
            JsonSink sink = new JsonSink(gen, ISO);
            writeScalars(letter, sink);
            gen.writeStringField("payload", Base64.getEncoder().encodeToString(letter.payload()));
            sink.time("receivedAt", letter.receivedAt());
            gen.writeEndObject();
        });
    }

    /**
     * Reads a dead letter written by {@link #toJson}.
     *
     * @throws DecodeException naming the missing or malformed field
     */
    public DeadLetter fromJson(byte[] bytes) throws DecodeException {
        JsonNode node = Json.parseObject(bytes);
        FieldSource in = JsonFields.of(node);
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(in.string("payload"));
        } catch (IllegalArgumentException e) {
            throw FieldSource.notA("payload", "base64");
        }
        return read(in, payload);
    }

    /** The dead letter in Avro single-object encoding, with the current schema. */
    public byte[] toAvro(DeadLetter letter) {
        org.vigie.schemas.avro.DeadLetter record = new org.vigie.schemas.avro.DeadLetter();
        AvroFields sink = new AvroFields(record);
        writeScalars(letter, sink);
        record.setPayload(ByteBuffer.wrap(letter.payload()));
        sink.time("receivedAt", letter.receivedAt());
        ByteArrayOutputStream out = new ByteArrayOutputStream(letter.payload().length + 256);
        try {
            ENCODER.encode(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Avro to memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a dead letter in Avro single-object encoding.
     *
     * @throws DecodeException if the bytes are not a readable Avro dead letter
     */
    public DeadLetter fromAvro(byte[] bytes) throws DecodeException {
        if (!SingleObjectReader.isSingleObject(bytes)) {
            throw new DecodeException("not Avro single-object encoding");
        }
        org.vigie.schemas.avro.DeadLetter record = reader.read(bytes);
        ByteBuffer buffer = record.getPayload().duplicate();
        byte[] payload = new byte[buffer.remaining()];
        buffer.get(payload);
        return read(new AvroFields(record), payload);
    }

    private static DeadLetter read(FieldSource in, byte[] payload) throws DecodeException {
        return new DeadLetter(in.string("sourceTopic"), in.integer("partition"), in.longInteger("offset"),
                in.string("reason"), payload, in.time("receivedAt"));
    }

    private static void writeScalars(DeadLetter d, FieldSink out) {
        out.string("sourceTopic", d.sourceTopic());
        out.integer("partition", d.partition());
        out.longInteger("offset", d.offset());
        out.string("reason", d.reason());
    }
}
