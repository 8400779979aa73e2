package org.vigie.ingest;

import org.junit.jupiter.api.Test;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DeadLetter;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.zones.ZoneMap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestTest {

    private static final long NOW = 1_780_000_000_000L;
    /** Inside zone 'port' of the sample city. */
    private static final double LAT = 43.695;
    private static final double LON = 7.249;

    private final PlatePseudonymizer plates = PlatePseudonymizer.fromText("k1", "ingest-test-key-0123456789");
    private final Ingest ingest = new Ingest(ZoneMap.sample(), plates, Duration.ofMinutes(5), () -> NOW);
    private final SignalCodec codec = new SignalCodec();

    private static CameraDetection camera(double lat, double lon, long time) {
        return new CameraDetection("c-1", "cam-1", time, lat, lon, null, CameraDetection.ObjectClass.VEHICLE, 0.9,
                CameraDetection.VehicleType.CAR, "Peugeot", "208", "blue", CameraDetection.Behavior.MOVING, 40.0,
                null, "t-1", null, null);
    }

    private Ingested run(SourceKind kind, byte[] bytes) {
        return ingest.process(kind, "vigie.in.camera", 1, 42, bytes);
    }

    private DeadLetter refused(SourceKind kind, byte[] bytes) {
        Ingested result = run(kind, bytes);
        DeadLetter d = assertInstanceOf(Ingested.Refused.class, result).letter();
        assertEquals("vigie.in.camera", d.sourceTopic());
        assertEquals(1, d.partition());
        assertEquals(42, d.offset());
        assertEquals(NOW, d.receivedAt());
        return d;
    }

    @Test
    void acceptsAValidEventAndPlacesItInItsZone() {
        for (byte[] bytes : new byte[][] {codec.encodeJson(camera(LAT, LON, NOW - 1000), null),
                codec.encodeAvro(camera(LAT, LON, NOW - 1000), null)}) {
            SignalEvent e = assertInstanceOf(Ingested.Accepted.class, run(SourceKind.CAMERA, bytes)).event();
            assertEquals("port", e.zone());
            assertEquals("c-1", e.id());
        }
    }

    @Test
    void pseudonymisesAClearPlateWithTheKeyId() {
        byte[] bytes = codec.encodeJson(camera(LAT, LON, NOW), "AB-123-CD");
        CameraDetection c = (CameraDetection) assertInstanceOf(Ingested.Accepted.class,
                run(SourceKind.CAMERA, bytes)).event();
        assertEquals(plates.pseudonymize("AB-123-CD"), c.platePseudonym());
        assertEquals("k1", c.plateKeyId());
    }

    @Test
    void refusesCoordinatesOutOfRange() {
        assertTrue(refused(SourceKind.CAMERA, codec.encodeJson(camera(91, LON, NOW), null)).reason()
                .contains("'lat' out of range: 91.0"));
        assertTrue(refused(SourceKind.CAMERA, codec.encodeJson(camera(LAT, -181, NOW), null)).reason()
                .contains("'lon' out of range: -181.0"));
    }

    @Test
    void refusesAPositionOutsideEveryZone() {
        assertTrue(refused(SourceKind.CAMERA, codec.encodeJson(camera(48.85, 2.35, NOW), null)).reason()
                .contains("outside every zone"));
    }

    @Test
    void refusesEventTimesTooFarInTheFuture() {
        long tooLate = NOW + Duration.ofMinutes(6).toMillis();
        assertTrue(refused(SourceKind.CAMERA, codec.encodeJson(camera(LAT, LON, tooLate), null)).reason()
                .contains("ahead of the clock"));
        assertInstanceOf(Ingested.Accepted.class, run(SourceKind.CAMERA,
                codec.encodeJson(camera(LAT, LON, NOW + Duration.ofMinutes(4).toMillis()), null)));
    }

    @Test
    void refusesAPseudonymWithoutItsKeyId() {
        CameraDetection c = camera(LAT, LON, NOW);
        CameraDetection bad = new CameraDetection(c.id(), c.sourceId(), c.eventTime(), c.lat(), c.lon(), null,
                c.objectClass(), 0.5, c.vehicleType(), null, null, null, c.behavior(), null, null, null, "p", null);
        assertTrue(refused(SourceKind.CAMERA, codec.encodeJson(bad, null)).reason().contains("plateKeyId"));
    }

    @Test
    void refusesBiometricAttributes() {
        String json = new String(codec.encodeJson(camera(LAT, LON, NOW), null), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"faceEmbedding\":[0.1,0.2],");
        assertTrue(refused(SourceKind.CAMERA, json.getBytes(StandardCharsets.UTF_8)).reason()
                .contains("biometric"));
    }

    @Test
    void garbageAndEmptyRecordsAreRefusedNotThrown() {
        assertFalse(refused(SourceKind.CAMERA, "not json".getBytes(StandardCharsets.UTF_8)).reason().isBlank());
        assertFalse(refused(SourceKind.CAMERA, new byte[] {(byte) 0xC3, 0x01, 1, 2}).reason().isBlank());
        assertTrue(refused(SourceKind.CAMERA, null).reason().contains("empty"));
    }

    @Test
    void aRefusedRecordKeepsItsBytesButNeverItsClearPlate() {
        byte[] bytes = codec.encodeJson(camera(95, LON, NOW), "AB-123-CD");
        DeadLetter d = refused(SourceKind.CAMERA, bytes);
        String kept = new String(d.payload(), StandardCharsets.UTF_8);
        assertFalse(kept.contains("AB-123-CD"), kept);
        assertTrue(kept.contains(plates.pseudonymize("AB-123-CD")), kept);

        String undecodable = "{\"plateNumber\":\"AB-123-CD\",\"eventTime\":\"yesterday\"}";
        String keptRaw = new String(refused(SourceKind.CAMERA, undecodable.getBytes(StandardCharsets.UTF_8))
                .payload(), StandardCharsets.UTF_8);
        assertFalse(keptRaw.contains("AB-123-CD"), keptRaw);
    }

    @Test
    void aRefusedRecordWithoutPlateKeepsItsExactBytes() {
        byte[] bytes = codec.encodeJson(new CitizenReport("r-1", "desk-01", NOW, 95, LON, null,
                CitizenReport.ServiceCode.NOISE, null, CitizenReport.Status.OPEN, null), null);
        DeadLetter d = refused(SourceKind.CITIZEN_REPORT, bytes);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(d.payload(), StandardCharsets.UTF_8));
    }
}
