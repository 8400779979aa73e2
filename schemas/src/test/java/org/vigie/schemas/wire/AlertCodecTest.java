package org.vigie.schemas.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.events.Alert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertCodecTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AlertCodec codec = new AlertCodec();

    static List<Alert> alerts() {
        return List.of(Samples.alert(), Samples.alertMinimal());
    }

    @ParameterizedTest
    @MethodSource("alerts")
    void jsonRoundTrip(Alert alert) throws DecodeException {
        assertEquals(alert, codec.fromJson(codec.toJson(alert)));
    }

    @ParameterizedTest
    @MethodSource("alerts")
    void avroRoundTrip(Alert alert) throws DecodeException {
        assertEquals(alert, codec.fromAvro(codec.toAvro(alert)));
    }

    @Test
    void jsonCarriesIsoRenderingsInUtcWithAnExplicitOffset() throws Exception {
        JsonNode json = MAPPER.readTree(codec.toJson(Samples.alert()));
        assertEquals(Samples.T + 60_000, json.get("eventTime").longValue());
        assertEquals("2025-03-14T09:27:53.589+00:00", json.get("time").textValue());
        assertEquals("2025-03-14T09:26:53.589+00:00", json.get("windowStartTime").textValue());
        assertEquals("2025-03-14T09:27:53.589+00:00", json.get("windowEndTime").textValue());
        JsonNode ref = json.get("contributing").get(0);
        assertEquals("DUMPING_SENSOR", ref.get("kind").textValue());
        assertEquals("2025-03-14T09:26:53.589+00:00", ref.get("time").textValue());
        assertEquals(List.of("confidence", "reports", "sensor"), fieldNames(json.get("values")));
        assertEquals(List.of("id", "ruleId", "ruleVersion", "zone", "severity", "priority", "eventTime", "time",
                "windowStart", "windowStartTime", "windowEnd", "windowEndTime", "description", "contributing",
                "values"), fieldNames(json));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonTimesMayBeIsoOnInput() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(codec.toJson(Samples.alert()));
        json.put("eventTime", "2025-03-14T10:27:53.589+01:00");
        assertEquals(Samples.alert(), codec.fromJson(MAPPER.writeValueAsBytes(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "ruleId", "ruleVersion", "severity", "priority", "eventTime", "windowStart",
        "windowEnd", "contributing", "values"})
    void missingFieldsAreNamed(String field) throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(codec.toJson(Samples.alert()));
        json.remove(field);
        String reason = assertThrows(DecodeException.class,
                () -> codec.fromJson(MAPPER.writeValueAsBytes(json))).getMessage();
        assertEquals("missing required field '" + field + "'", reason);
    }

    @Test
    void badContributingEventsAreLocated() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(codec.toJson(Samples.alert()));
        ((ObjectNode) json.get("contributing").get(1)).put("kind", "DRONE");
        String reason = assertThrows(DecodeException.class,
                () -> codec.fromJson(MAPPER.writeValueAsBytes(json))).getMessage();
        assertEquals("contributing[1]: unknown kind 'DRONE' (expected one of CAMERA, DUMPING_SENSOR, TRAFFIC, "
                + "CITIZEN_REPORT)", reason);
    }

    @Test
    void unknownSeverity() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(codec.toJson(Samples.alert()));
        json.put("severity", "APOCALYPTIC");
        String reason = assertThrows(DecodeException.class,
                () -> codec.fromJson(MAPPER.writeValueAsBytes(json))).getMessage();
        assertEquals("unknown severity 'APOCALYPTIC' (expected one of LOW, MEDIUM, HIGH, CRITICAL)", reason);
    }

    @Test
    void garbageAndTruncation() {
        byte[] avro = codec.toAvro(Samples.alert());
        assertEquals("truncated Avro record (body ends early)", assertThrows(DecodeException.class,
                () -> codec.fromAvro(Arrays.copyOf(avro, avro.length - 1))).getMessage());
        assertEquals("not Avro single-object encoding", assertThrows(DecodeException.class,
                () -> codec.fromAvro(codec.toJson(Samples.alert()))).getMessage());
        String notJson = assertThrows(DecodeException.class, () -> codec.fromJson(avro)).getMessage();
        assertTrue(notJson.startsWith("malformed JSON at line 1, column "), notJson);
        assertEquals("JSON value is not an object", assertThrows(DecodeException.class,
                () -> codec.fromJson(Samples.utf8("[]"))).getMessage());
    }
}
