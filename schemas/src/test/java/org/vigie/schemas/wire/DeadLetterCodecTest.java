package org.vigie.schemas.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.vigie.events.DeadLetter;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeadLetterCodecTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DeadLetterCodec codec = new DeadLetterCodec();

    private static void assertSame(DeadLetter expected, DeadLetter actual) {
        assertEquals(expected.sourceTopic(), actual.sourceTopic());
        assertEquals(expected.partition(), actual.partition());
        assertEquals(expected.offset(), actual.offset());
        assertEquals(expected.reason(), actual.reason());
        assertArrayEquals(expected.payload(), actual.payload());
        assertEquals(expected.receivedAt(), actual.receivedAt());
    }

    @Test
    void jsonRoundTrip() throws DecodeException {
        assertSame(Samples.deadLetter(), codec.fromJson(codec.toJson(Samples.deadLetter())));
    }

    @Test
    void avroRoundTrip() throws DecodeException {
        assertSame(Samples.deadLetter(), codec.fromAvro(codec.toAvro(Samples.deadLetter())));
    }

    @Test
    void binaryPayloadsSurviveBothFormats() throws DecodeException {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        DeadLetter letter = new DeadLetter("t", 0, 0, "not JSON or Avro single-object encoding", binary, 0);
        assertSame(letter, codec.fromJson(codec.toJson(letter)));
        assertSame(letter, codec.fromAvro(codec.toAvro(letter)));
    }

    @Test
    void jsonPayloadIsBase64AndTimeIsRendered() throws Exception {
        JsonNode json = MAPPER.readTree(codec.toJson(Samples.deadLetter()));
        assertEquals("eyJpZCI6IngifQ==", json.get("payload").textValue());
        assertEquals(1_234_567_890_123L, json.get("offset").longValue());
        assertEquals("2025-03-14T09:26:53.589+00:00", json.get("receivedTime").textValue());
    }

    @Test
    void badBase64AndMissingFields() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(codec.toJson(Samples.deadLetter()));
        json.put("payload", "%%%");
        assertEquals("field 'payload' is not base64", assertThrows(DecodeException.class,
                () -> codec.fromJson(MAPPER.writeValueAsBytes(json))).getMessage());
        json.remove("offset");
        json.put("payload", "");
        assertEquals("missing required field 'offset'", assertThrows(DecodeException.class,
                () -> codec.fromJson(MAPPER.writeValueAsBytes(json))).getMessage());
    }

    @Test
    void truncatedAvro() {
        byte[] avro = codec.toAvro(Samples.deadLetter());
        assertEquals("truncated Avro record (body ends early)", assertThrows(DecodeException.class,
                () -> codec.fromAvro(Arrays.copyOf(avro, avro.length - 2))).getMessage());
    }
}
