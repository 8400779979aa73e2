package org.vigie.schemas.wire;

import org.apache.avro.specific.SpecificRecordBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** The samples as generated Avro records, to write Avro input a well-behaved encoder would not. */
final class AvroSamples {

    private static final SignalCodec CODEC = new SignalCodec();

    private AvroSamples() {
    }

    static org.vigie.schemas.avro.CameraDetection camera() {
        try {
            return org.vigie.schemas.avro.CameraDetection.fromByteBuffer(
                    ByteBuffer.wrap(CODEC.encodeAvro(Samples.camera(), null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static org.vigie.schemas.avro.TrafficEvent traffic() {
        try {
            return org.vigie.schemas.avro.TrafficEvent.fromByteBuffer(
                    ByteBuffer.wrap(CODEC.encodeAvro(Samples.traffic(), null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Single-object encoding of a generated record, with no check of its values. */
    static byte[] encode(SpecificRecordBase record) {
        try {
            ByteBuffer buffer = (ByteBuffer) record.getClass().getMethod("toByteBuffer").invoke(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
