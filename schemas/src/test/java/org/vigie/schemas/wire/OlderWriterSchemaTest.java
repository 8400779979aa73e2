package org.vigie.schemas.wire;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;
import org.vigie.events.CameraDetection;
import org.vigie.events.SourceKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Avro written with a writer schema other than the current one. */
class OlderWriterSchemaTest {

    private static Schema schema(String resource) throws IOException {
        try (InputStream in = OlderWriterSchemaTest.class.getResourceAsStream(resource)) {
            return new Schema.Parser().parse(in);
        }
    }

    private static byte[] encode(Schema writer, GenericRecord record) throws IOException {
        ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(record);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void olderRegisteredWriterSchemaStillDecodes() throws Exception {
        Schema v0 = schema("/older/CameraDetection-v0.avsc");
        GenericRecord r = new GenericData.Record(v0);
        r.put("id", "c-1");
        r.put("sourceId", "cam-1");
        r.put("eventTime", Samples.T);
        r.put("objectClass", "Vehicle");
        r.put("likelihood", 0.5f);
        r.put("behavior", "Idle");
        r.put("lat", 48.85);
        r.put("lon", 2.35);
        r.put("vehicleType", "Bus");
        r.put("speedKmh", 12.5f);
        r.put("firmware", "4.1");
        byte[] bytes = encode(v0, r);

        SchemaStore.Cache registry = new SchemaStore.Cache();
        registry.addSchema(v0);
        DecodedSignal decoded = new SignalCodec(registry).decode(SourceKind.CAMERA, bytes);

        assertEquals(new CameraDetection("c-1", "cam-1", Samples.T, 48.85, 2.35, null,
                CameraDetection.ObjectClass.VEHICLE, 0.5, CameraDetection.VehicleType.BUS, null, null, null,
                CameraDetection.Behavior.IDLE, 12.5, null, null, null, null), decoded.event());
        assertNull(decoded.plateNumber());

        String unregistered = assertThrows(DecodeException.class,
                () -> new SignalCodec().decode(SourceKind.CAMERA, bytes)).getMessage();
        assertTrue(unregistered.startsWith("unknown Avro writer schema"), unregistered);
    }

    @Test
    void releasedSchemasShipInTheJarAndAreKnownToEveryCodec() {
        List<Schema> released = WriterSchemas.loadReleased();
        assertFalse(released.isEmpty(), "no released schema found under " + WriterSchemas.RELEASED);
        WriterSchemas store = new WriterSchemas(null);
        for (Schema s : released) {
            assertEquals(s, store.findByFingerprint(org.apache.avro.SchemaNormalization.parsingFingerprint64(s)));
        }
    }

    @Test
    void writerSchemaWithABiometricFieldIsRefused() throws Exception {
        Schema biometric = schema("/older/CameraDetection-biometric.avsc");
        GenericRecord appearance = new GenericData.Record(biometric.getField("appearance").schema());
        appearance.put("faceEmbedding", List.of(0.1f, 0.2f));
        GenericRecord r = new GenericData.Record(biometric);
        r.put("id", "c-1");
        r.put("sourceId", "cam-1");
        r.put("eventTime", Samples.T);
        r.put("lat", 48.85);
        r.put("lon", 2.35);
        r.put("objectClass", "HUMAN");
        r.put("likelihood", 0.5);
        r.put("behavior", "IDLE");
        r.put("appearance", appearance);
        SchemaStore.Cache registry = new SchemaStore.Cache();
        registry.addSchema(biometric);

        byte[] bytes = encode(biometric, r);
        String reason = assertThrows(DecodeException.class,
                () -> new SignalCodec(registry).decode(SourceKind.CAMERA, bytes)).getMessage();
        assertEquals("biometric attribute 'faceEmbedding' refused", reason);
    }

    @Test
    void incompatibleWriterSchemaIsRefusedWithTheIncompatibility() throws Exception {
        Schema noBehavior = new Schema.Parser().parse(schema("/older/CameraDetection-v0.avsc").toString()
                .replace("{\"name\":\"behavior\",\"type\":\"string\"},", ""));
        SchemaStore.Cache registry = new SchemaStore.Cache();
        registry.addSchema(noBehavior);
        GenericRecord r = new GenericData.Record(noBehavior);
        r.put("id", "c-1");
        r.put("sourceId", "cam-1");
        r.put("eventTime", Samples.T);
        r.put("objectClass", "Vehicle");
        r.put("likelihood", 0.5f);
        r.put("lat", 48.85);
        r.put("lon", 2.35);
        r.put("firmware", "4.1");
        byte[] bytes = encode(noBehavior, r);
        String reason = assertThrows(DecodeException.class,
                () -> new SignalCodec(registry).decode(SourceKind.CAMERA, bytes)).getMessage();
        assertTrue(reason.startsWith("Avro writer schema cannot be read as CameraDetection: "), reason);
        assertTrue(reason.contains("behavior"), reason);
    }
}
