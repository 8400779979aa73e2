package org.vigie.schemas.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.events.SourceKind;

import java.util.Arrays;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vigie.schemas.wire.Samples.utf8;

/** Every way a record is refused, and the reason the dead-letter topic gets. */
class SignalCodecRefusalTest {

    private final SignalCodec codec = new SignalCodec();

    private String reason(SourceKind kind, byte[] bytes) {
        return assertThrows(DecodeException.class, () -> codec.decode(kind, bytes)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"face", "faceEmbedding", "FaceId", "bodyHeight", "gait", "gender", "ageEstimate",
        "AGE", "ethnicity", "race", "irisCode", "fingerprint", "voiceprint", "biometricTemplate"})
    void biometricFieldsAreRefused(String field) {
        byte[] json = Samples.editedJson(Samples.camera(), n -> n.put(field, "x"));
        assertEquals("biometric attribute '" + field + "' refused", reason(SourceKind.CAMERA, json));
    }

    @Test
    void biometricFieldsAreRefusedAtAnyDepth() {
        byte[] json = Samples.editedJson(Samples.camera(), n -> n.putObject("attributes").putArray("list")
                .addObject().put("genderGuess", "f"));
        assertEquals("biometric attribute 'genderGuess' refused", reason(SourceKind.CAMERA, json));
    }

    @Test
    void biometricFieldsAreRefusedBeforeAnyOtherCheck() {
        byte[] json = Samples.editedJson(Samples.camera(), n -> {
            n.remove("eventTime");
            n.put("faceEmbedding", "x");
        });
        assertEquals("biometric attribute 'faceEmbedding' refused", reason(SourceKind.CAMERA, json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HumanFace", "HumanBody", "Face", "HUMAN_FACE", "body"})
    void biometricObjectClassesAreRefusedInJsonAndAvro(String objectClass) {
        byte[] json = Samples.editedJson(Samples.camera(), n -> n.put("objectClass", objectClass));
        String expected = "biometric object class '" + objectClass + "' refused";
        assertEquals(expected, reason(SourceKind.CAMERA, json));
        org.vigie.schemas.avro.CameraDetection avro = AvroSamples.camera();
        avro.setObjectClass(objectClass);
        assertEquals(expected, reason(SourceKind.CAMERA, AvroSamples.encode(avro)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "sourceId", "eventTime", "lat", "lon", "objectClass", "likelihood", "behavior"})
    void missingRequiredCameraFields(String field) {
        byte[] json = Samples.editedJson(Samples.camera(), n -> n.remove(field));
        assertEquals("missing required field '" + field + "'", reason(SourceKind.CAMERA, json));
    }

    @ParameterizedTest
    @CsvSource({
        "DUMPING_SENSOR, kind", "TRAFFIC, kind", "TRAFFIC, segmentId", "CITIZEN_REPORT, serviceCode",
        "CITIZEN_REPORT, status"})
    void missingRequiredFieldsOfOtherKinds(SourceKind kind, String field) {
        var sample = Samples.signals().stream().filter(s -> s.sourceKind() == kind).findFirst().orElseThrow();
        byte[] json = Samples.editedJson(sample, n -> n.remove(field));
        assertEquals("missing required field '" + field + "'", reason(kind, json));
    }

    @Test
    void nullCountsAsMissing() {
        byte[] json = Samples.editedJson(Samples.camera(), n -> n.putNull("eventTime"));
        assertEquals("missing required field 'eventTime'", reason(SourceKind.CAMERA, json));
    }

    @Test
    void wrongTypes() {
        assertEquals("field 'lat' is not a number", reason(SourceKind.CAMERA,
                Samples.editedJson(Samples.camera(), n -> n.put("lat", "48.85"))));
        assertEquals("field 'id' is not a string", reason(SourceKind.CAMERA,
                Samples.editedJson(Samples.camera(), n -> n.put("id", 42))));
        assertEquals("field 'lane' is not an integer", reason(SourceKind.TRAFFIC,
                Samples.editedJson(Samples.traffic(), n -> n.put("lane", 2.5))));
        assertEquals("field 'speedKmh' is not a number", reason(SourceKind.TRAFFIC,
                Samples.editedJson(Samples.traffic(), n -> n.putObject("speedKmh"))));
        assertEquals("field 'eventTime' is not epoch milliseconds or an ISO-8601 date-time with offset",
                reason(SourceKind.CAMERA, Samples.editedJson(Samples.camera(), n -> n.put("eventTime", true))));
    }

    @Test
    void isoTimesNeedAnOffset() {
        byte[] json = Samples.editedJson(Samples.camera(), n -> n.put("eventTime", "2025-03-14T09:26:53"));
        assertEquals("field 'eventTime' is not epoch milliseconds or an ISO-8601 date-time with offset: "
                + "'2025-03-14T09:26:53'", reason(SourceKind.CAMERA, json));
    }

    @Test
    void unknownEnumNamesListWhatIsExpected() {
        byte[] json = Samples.editedJson(Samples.camera(), n -> n.put("behavior", "DANCING"));
        assertEquals("unknown behavior 'DANCING' (expected one of MOVING, IDLE, LOITERING, ABANDONED, REMOVED, "
                + "LINE_CROSSED, WRONG_WAY, RESERVED_LANE, CROWD)", reason(SourceKind.CAMERA, json));
        org.vigie.schemas.avro.TrafficEvent avro = AvroSamples.traffic();
        avro.setKind("JAM");
        assertEquals("unknown kind 'JAM' (expected one of FLOW, STOPPED_VEHICLE, WRONG_WAY, CONGESTION, COLLISION)",
                reason(SourceKind.TRAFFIC, AvroSamples.encode(avro)));
    }

    @Test
    void valuesOutOfRange() {
        assertEquals("field 'lat' out of range: 91.0 (expected -90.0..90.0)", reason(SourceKind.CAMERA,
                Samples.editedJson(Samples.camera(), n -> n.put("lat", 91))));
        assertEquals("field 'likelihood' out of range: 1.5 (expected 0.0..1.0)", reason(SourceKind.CAMERA,
                Samples.editedJson(Samples.camera(), n -> n.put("likelihood", 1.5))));
        assertEquals("field 'objectCount' is negative: -3", reason(SourceKind.CAMERA,
                Samples.editedJson(Samples.crowd(), n -> n.put("objectCount", -3))));
        assertEquals("field 'lane' out of range: 3000000000 (expected a 32-bit integer)", reason(SourceKind.TRAFFIC,
                Samples.editedJson(Samples.traffic(), n -> n.put("lane", 3_000_000_000L))));
        org.vigie.schemas.avro.TrafficEvent avro = AvroSamples.traffic();
        avro.setOccupancy(Double.NaN);
        assertEquals("field 'occupancy' is not a finite number", reason(SourceKind.TRAFFIC, AvroSamples.encode(avro)));
    }

    @Test
    void blankIdsAndDuplicateFields() {
        assertEquals("field 'id' is blank", reason(SourceKind.CAMERA,
                Samples.editedJson(Samples.camera(), n -> n.put("id", " "))));
        assertEquals("duplicate field 'lat'", reason(SourceKind.CAMERA,
                utf8("{\"lat\":1,\"lat\":2}")));
    }

    @Test
    void garbageEmptyAndNonObjectJson() {
        assertEquals("not JSON or Avro single-object encoding", reason(SourceKind.CAMERA, utf8("hello")));
        assertEquals("not JSON or Avro single-object encoding", reason(SourceKind.CAMERA, new byte[] {0, 1, 2}));
        assertEquals("not JSON or Avro single-object encoding", reason(SourceKind.CAMERA, utf8("[1,2]")));
        assertEquals("not JSON or Avro single-object encoding", reason(SourceKind.CAMERA, utf8("  \n")));
        assertEquals("empty record", reason(SourceKind.CAMERA, new byte[0]));
        assertEquals("empty record", reason(SourceKind.CAMERA, null));
    }

    @Test
    void malformedAndTruncatedJson() {
        assertEquals("malformed JSON at line 1, column 11", reason(SourceKind.CAMERA, utf8("{\"id\":\"x\" \"lat\":1}")));
        assertEquals("truncated JSON (unexpected end of input)", reason(SourceKind.CAMERA, utf8("{\"id\":\"x\",")));
        assertEquals("truncated JSON (unexpected end of input)", reason(SourceKind.CAMERA,
                utf8("{\"a\":{\"b\":[1,2")));
        assertEquals("trailing content after the JSON object", reason(SourceKind.CAMERA,
                utf8(new String(codec.encodeJson(Samples.camera(), null), UTF_8)
                        + "{}")));
    }

    @Test
    void truncatedAvro() {
        byte[] full = codec.encodeAvro(Samples.camera(), null);
        assertEquals("truncated Avro record (body ends early)",
                reason(SourceKind.CAMERA, Arrays.copyOf(full, full.length - 5)));
        assertEquals("truncated Avro single-object header (6 of 10 bytes)",
                reason(SourceKind.CAMERA, Arrays.copyOf(full, 6)));
        assertEquals("truncated Avro record (body ends early)",
                reason(SourceKind.CAMERA, Arrays.copyOf(full, 10)));
    }

    @Test
    void trailingAvroBytes() {
        byte[] full = codec.encodeAvro(Samples.camera(), null);
        assertEquals("trailing bytes after the Avro record (2)",
                reason(SourceKind.CAMERA, Arrays.copyOf(full, full.length + 2)));
    }

    @Test
    void unknownWriterSchema() {
        byte[] bytes = codec.encodeAvro(Samples.camera(), null);
        bytes[2] ^= 0x5A;
        String reason = reason(SourceKind.CAMERA, bytes);
        assertEquals("unknown Avro writer schema (fingerprint ", reason.substring(0, 40));
        assertEquals(" is not registered)", reason.substring(reason.length() - 19));
    }

    @Test
    void avroOfAnotherKindIsRefused() {
        byte[] camera = codec.encodeAvro(Samples.camera(), null);
        assertEquals("Avro record is a CameraDetection, expected a TrafficEvent", reason(SourceKind.TRAFFIC, camera));
    }

    @Test
    void malformedAvroBody() {
        byte[] full = codec.encodeAvro(Samples.camera(), null);
        full[10] = 0x01; // the id's length as a zig-zag varint: -1
        assertEquals("malformed Avro record: Malformed data. Length is negative: -1", reason(SourceKind.CAMERA, full));
    }
}
