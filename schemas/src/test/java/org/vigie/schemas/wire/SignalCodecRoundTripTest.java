package org.vigie.schemas.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;

import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.schemas.wire.Samples.utf8;

class SignalCodecRoundTripTest {

    private final SignalCodec codec = new SignalCodec();

    static List<SignalEvent> signals() {
        return Samples.signals();
    }

    @ParameterizedTest
    @MethodSource("signals")
    void jsonRoundTrip(SignalEvent event) throws DecodeException {
        DecodedSignal decoded = codec.decode(event.sourceKind(), codec.encodeJson(event, null));
        assertEquals(event, decoded.event());
        assertNull(decoded.plateNumber());
    }

    @ParameterizedTest
    @MethodSource("signals")
    void avroRoundTrip(SignalEvent event) throws DecodeException {
        byte[] bytes = codec.encodeAvro(event, null);
        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        DecodedSignal decoded = codec.decode(event.sourceKind(), bytes);
        assertEquals(event, decoded.event());
        assertNull(decoded.plateNumber());
    }

    @Test
    void clearPlateTravelsApartFromTheEventInBothFormats() throws DecodeException {
        CameraDetection plate = Samples.camera();
        for (byte[] bytes : List.of(codec.encodeJson(plate, "AB-123-CD"), codec.encodeAvro(plate, "AB-123-CD"))) {
            DecodedSignal decoded = codec.decode(SourceKind.CAMERA, bytes);
            assertEquals(plate, decoded.event());
            assertEquals("AB-123-CD", decoded.plateNumber());
            assertFalse(decoded.toString().contains("AB-123-CD"), "toString must not leak the plate");
        }
    }

    @Test
    void onlyCamerasCarryAPlate() {
        assertThrows(IllegalArgumentException.class, () -> codec.encodeJson(Samples.traffic(), "AB-123-CD"));
        assertThrows(IllegalArgumentException.class, () -> codec.encodeAvro(Samples.citizen(), "AB-123-CD"));
    }

    @Test
    void jsonLeavesAbsentFieldsOutAndUsesComponentNames() {
        String json = new String(codec.encodeJson(Samples.trafficMinimal(), null), UTF_8);
        assertEquals("{\"id\":\"tr-6\",\"sourceId\":\"loop-A4-12\",\"eventTime\":" + Samples.T
                + ",\"lat\":48.83,\"lon\":2.4,\"kind\":\"COLLISION\",\"segmentId\":\"A4-12\"}", json);
    }

    @Test
    void zoneMayBeAbsentInInput() throws DecodeException {
        byte[] json = Samples.editedJson(Samples.citizen(), n -> n.remove("zone"));
        assertEquals(Samples.citizen().withZone(null), codec.decode(SourceKind.CITIZEN_REPORT, json).event());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-14T09:26:53.589Z", "2025-03-14T10:26:53.589+01:00",
        "2025-03-14T09:26:53.589+00:00"})
    void eventTimeMayBeIsoWithOffset(String iso) throws DecodeException {
        byte[] json = Samples.editedJson(Samples.citizen(), n -> n.put("eventTime", iso));
        assertEquals(Samples.T, codec.decode(SourceKind.CITIZEN_REPORT, json).event().eventTime());
    }

    @Test
    void fractionalEpochMillisAreCutToTheMillisecond() throws DecodeException {
        byte[] json = Samples.editedJson(Samples.citizen(), n -> n.put("eventTime", Samples.T + 0.75));
        assertEquals(Samples.T, codec.decode(SourceKind.CITIZEN_REPORT, json).event().eventTime());
    }

    @Test
    void enumsMatchInAnyCaseAndInTheStandardsSpelling() throws DecodeException {
        byte[] json = Samples.editedJson(Samples.cameraPseudonymised(), n -> {
            n.put("objectClass", "LicensePlate");
            n.put("behavior", "line-crossed");
        });
        assertEquals(Samples.cameraPseudonymised(), codec.decode(SourceKind.CAMERA, json).event());
        byte[] lower = Samples.editedJson(Samples.citizen(), n -> {
            n.put("serviceCode", "illegal_dumping");
            n.put("status", "open");
        });
        assertEquals(Samples.citizen(), codec.decode(SourceKind.CITIZEN_REPORT, lower).event());
    }

    @Test
    void unknownNonBiometricFieldsAreIgnored() throws DecodeException {
        byte[] json = Samples.editedJson(Samples.citizen(), n -> {
            n.put("agency_responsible", "Propreté de Paris");
            n.put("service_name", "Dépôt sauvage");
            n.putObject("vendor").put("firmware", "1.2").putArray("tags").add("x");
        });
        assertEquals(Samples.citizen(), codec.decode(SourceKind.CITIZEN_REPORT, json).event());
    }

    @Test
    void jsonMayBeIndentedAndStartWithAByteOrderMark() throws DecodeException {
        String body = new String(codec.encodeJson(Samples.dumping(), null), UTF_8);
        byte[] bom = utf8("\uFEFF\n  " + body.replace(",", ",\n  ") + "\n");
        assertEquals(Samples.dumping(), codec.decode(SourceKind.DUMPING_SENSOR, bom).event());
    }

    @Test
    void theFormatIsDetectedPerRecord() throws DecodeException {
        CitizenReport r = Samples.citizen();
        assertEquals(r, codec.decode(SourceKind.CITIZEN_REPORT, codec.encodeAvro(r, null)).event());
        assertEquals(r, codec.decode(SourceKind.CITIZEN_REPORT, codec.encodeJson(r, null)).event());
        assertTrue(codec.encodeAvro(r, null).length < codec.encodeJson(r, null).length);
    }
}
