package org.vigie.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigie.events.CameraDetection;
import org.vigie.events.SourceKind;
import org.vigie.events.TrafficEvent;
import org.vigie.schemas.wire.DecodeException;
import org.vigie.schemas.wire.DecodedSignal;
import org.vigie.schemas.wire.SignalCodec;

import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitySimulatorTest {

    private static final CityConfig HOUR = CityConfig.sample(42);

    @Test
    void sameSeedGivesTheSameStream() {
        List<SimRecord> a = Runs.collect(new CitySimulator(HOUR)).records();
        List<SimRecord> b = Runs.collect(new CitySimulator(HOUR)).records();
        assertEquals(a, b);
        CitySimulator sim = new CitySimulator(HOUR);
        assertEquals(Runs.collect(sim).records(), Runs.collect(sim).records(), "each iteration replays the run");
        assertTrue(a.size() > 10_000, "size " + a.size());
    }

    @Test
    void differentSeedGivesADifferentStream() {
        List<SimRecord> a = Runs.collect(new CitySimulator(HOUR)).records();
        List<SimRecord> b = Runs.collect(new CitySimulator(HOUR.withSeed(43))).records();
        assertNotEquals(a, b);
        assertNotEquals(new CitySimulator(HOUR).layout().devices(SourceKind.CAMERA),
                new CitySimulator(HOUR.withSeed(43)).layout().devices(SourceKind.CAMERA));
    }

    @Test
    void inOrderWithoutDisorder() {
        long last = Long.MIN_VALUE;
        for (SimRecord r : new CitySimulator(HOUR)) {
            assertTrue(r.time() >= last, "went back in time at " + r);
            last = r.time();
        }
    }

    @Test
    void disorderStaysWithinItsBoundAndChangesOnlyTheOrder() {
        long bound = 5_000;
        List<SimRecord> ordered = Runs.collect(new CitySimulator(HOUR)).records();
        List<SimRecord> shuffled = Runs.collect(new CitySimulator(HOUR.withDisorderMs(bound))).records();
        long max = Long.MIN_VALUE;
        int behind = 0;
        for (SimRecord r : shuffled) {
            if (r instanceof SimEvent) {
                assertTrue(max == Long.MIN_VALUE || r.time() >= max - bound,
                        r + " is over " + bound + " ms behind " + max);
                behind += r.time() < max ? 1 : 0;
                max = Math.max(max, r.time());
            }
        }
        assertTrue(behind > 100, "hardly any disorder: " + behind);
        assertNotEquals(ordered, shuffled);
        assertEquals(new HashSet<>(ordered), new HashSet<>(shuffled));
        assertEquals(shuffled, Runs.collect(new CitySimulator(HOUR.withDisorderMs(bound))).records());
    }

    @Test
    void groundTruthFollowsItsLastEvent() {
        Set<String> seen = new HashSet<>();
        int truths = 0;
        for (SimRecord r : new CitySimulator(HOUR.withDisorderMs(20_000))) {
            if (r instanceof SimEvent e) {
                seen.add(e.event().id());
            } else {
                GroundTruth g = (GroundTruth) r;
                assertTrue(seen.containsAll(g.eventIds()), g.incidentId() + " came before its events");
                truths++;
            }
        }
        assertEquals(new CitySimulator(HOUR).incidentCount(), truths);
        assertTrue(truths > 0);
    }

    @Test
    void eventsAreAsSourcesSendThem() {
        Runs.Collected run = Runs.collect(new CitySimulator(HOUR));
        Set<String> ids = new HashSet<>();
        CityLayout layout = new CitySimulator(HOUR).layout();
        for (SimEvent e : run.events()) {
            assertTrue(ids.add(e.event().id()), "duplicate id " + e.event().id());
            assertTrue(e.event().id().matches(Ids.prefix(e.event().sourceKind()) + "-\\d{8}"), e.event().id());
            assertNull(e.event().zone());
            assertTrue(e.time() >= HOUR.startMillis() && e.time() < HOUR.endMillis());
            String deviceZone = layout.zoneOf(e.event().sourceId());
            if (e.event().sourceKind() != SourceKind.CITIZEN_REPORT) {
                assertEquals(deviceZone, RuleOracle.zone(e.event(), HOUR.zoneMap()), "device position");
            }
            if (e.event() instanceof CameraDetection c) {
                assertNull(c.platePseudonym());
                if (e.plateNumber() != null) {
                    assertTrue(e.plateNumber().matches("[A-HJ-NP-TV-Z]{2}-\\d{3}-[A-HJ-NP-TV-Z]{2}"), e.plateNumber());
                    assertEquals(CameraDetection.ObjectClass.VEHICLE, c.objectClass());
                }
            } else {
                assertNull(e.plateNumber());
            }
        }
        Map<SourceKind, Long> perKind = run.events().stream()
                .collect(Collectors.groupingBy(e -> e.event().sourceKind(), Collectors.counting()));
        assertEquals(Set.of(SourceKind.values()), perKind.keySet(), "every kind present: " + perKind);
        assertTrue(run.events().stream().anyMatch(e -> e.plateNumber() != null));
    }

    @Test
    void devicesAreNamedAndPlacedInsideTheirZones() {
        CitySimulator sim = new CitySimulator(HOUR);
        CityLayout layout = sim.layout();
        assertEquals(120, layout.devices(SourceKind.CAMERA).size());
        assertEquals("cam-0001", layout.devices(SourceKind.CAMERA).get(0).id());
        assertEquals("bin-0048", layout.devices(SourceKind.DUMPING_SENSOR).get(47).id());
        assertEquals("det-0001", layout.devices(SourceKind.TRAFFIC).get(0).id());
        assertEquals("desk-04", layout.devices(SourceKind.CITIZEN_REPORT).get(3).id());
        for (SourceKind k : SourceKind.values()) {
            for (Device d : layout.devices(k)) {
                assertEquals(d.zone(), HOUR.zoneMap().zoneAt(d.lat(), d.lon()).orElseThrow().id(), d.id());
            }
        }
        for (Map.Entry<String, List<Device>> s : layout.segments().entrySet()) {
            Device first = s.getValue().get(0);
            assertTrue(s.getKey().matches("seg-" + first.zone() + "-\\d+"), s.getKey());
            assertTrue(s.getValue().size() <= 2);
            assertTrue(s.getValue().stream().allMatch(d -> d.zone().equals(first.zone())));
        }
        // 120 cameras over 16 zones: every zone gets 7 or 8.
        Map<String, Long> perZone = layout.devices(SourceKind.CAMERA).stream()
                .collect(Collectors.groupingBy(Device::zone, Collectors.counting()));
        assertEquals(16, perZone.size());
        assertTrue(perZone.values().stream().allMatch(n -> n >= 7 && n <= 8), perZone.toString());
    }

    @Test
    void noiseScalesWithDevices() {
        CityConfig small = HOUR.withIncidentRates(0, 0).withDevices(100, 40, 50, 2);
        CityConfig big = HOUR.withIncidentRates(0, 0).withDevices(200, 80, 100, 4);
        Map<SourceKind, Long> a = perKind(new CitySimulator(small));
        Map<SourceKind, Long> b = perKind(new CitySimulator(big));
        for (SourceKind k : List.of(SourceKind.CAMERA, SourceKind.DUMPING_SENSOR, SourceKind.TRAFFIC)) {
            double ratio = (double) b.get(k) / a.get(k);
            assertTrue(ratio > 1.8 && ratio < 2.2, k + " ratio " + ratio);
        }
        long idleSmall = countIdle(new CitySimulator(small.withTime(small.startMillis(), Duration.ofHours(6))));
        long idleBig = countIdle(new CitySimulator(big.withTime(big.startMillis(), Duration.ofHours(6))));
        assertTrue(idleBig > idleSmall, "more cameras, more idle vehicles: " + idleSmall + " vs " + idleBig);
    }

    @Test
    void groundTruthIsOneJsonLine() throws Exception {
        GroundTruth g = Runs.collect(new CitySimulator(HOUR)).truths().get(0);
        String line = g.toJsonLine();
        assertFalse(line.contains("\n"));
        assertEquals(g, GroundTruth.fromJsonLine(line));
        JsonNode n = new ObjectMapper().readTree(line);
        assertEquals(Set.of("incidentId", "type", "zone", "segmentId", "startTime", "endTime", "eventIds"),
                iterable(n.fieldNames()));
    }

    @Test
    void malformedRecordsCoverEveryDefect() throws Exception {
        CitySimulator sim = new CitySimulator(HOUR);
        List<RawRecord> raw = sim.malformedRecords(12);
        assertEquals(12, raw.size());
        assertEquals(Set.of(RawRecord.Defect.values()), raw.stream().map(RawRecord::why).collect(Collectors.toSet()));
        ObjectMapper json = new ObjectMapper();
        Map<RawRecord.Defect, RawRecord> one = raw.stream()
                .collect(Collectors.toMap(RawRecord::why, Function.identity(), (x, y) -> x));
        assertThrows(Exception.class, () -> json.readTree(one.get(RawRecord.Defect.BAD_JSON).value()));
        assertEquals(123.456, json.readTree(one.get(RawRecord.Defect.LAT_OUT_OF_RANGE).value()).get("lat").asDouble());
        assertTrue(json.readTree(one.get(RawRecord.Defect.BIOMETRIC_FIELD).value()).has("faceEmbedding"));
        assertEquals("HumanFace",
                json.readTree(one.get(RawRecord.Defect.BIOMETRIC_CLASS).value()).get("objectClass").asText());
        assertFalse(json.readTree(one.get(RawRecord.Defect.MISSING_FIELD).value()).has("eventTime"));
        assertEquals("UFO_SIGHTING",
                json.readTree(one.get(RawRecord.Defect.UNKNOWN_ENUM).value()).get("serviceCode").asText());
        assertTrue(raw.stream().allMatch(r -> CityTopics.inputs().contains(r.topic())));
        assertEquals(raw.stream().map(r -> r.why() + new String(r.value())).toList(),
                sim.malformedRecords(12).stream().map(r -> r.why() + new String(r.value())).toList());
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void everyEventSurvivesTheWireCodec(WireFormat format) throws Exception {
        SignalEncoder encoder = format.encoder();
        SignalCodec codec = new SignalCodec();
        int plates = 0;
        for (SimEvent e : Runs.collect(new CitySimulator(HOUR)).events()) {
            DecodedSignal d = codec.decode(e.event().sourceKind(), encoder.encode(e));
            assertEquals(e.event(), d.event());
            assertEquals(e.plateNumber(), d.plateNumber());
            plates += e.plateNumber() != null ? 1 : 0;
        }
        assertTrue(plates > 0);
    }

    @Test
    void everyMalformedRecordIsRefusedByTheWireCodec() {
        SignalCodec codec = new SignalCodec();
        Map<String, SourceKind> kindOf = Map.of(CityTopics.CAMERA, SourceKind.CAMERA, CityTopics.DUMPING,
                SourceKind.DUMPING_SENSOR, CityTopics.TRAFFIC, SourceKind.TRAFFIC, CityTopics.REPORTS,
                SourceKind.CITIZEN_REPORT);
        for (RawRecord r : new CitySimulator(HOUR).malformedRecords(6)) {
            DecodeException e = assertThrows(DecodeException.class,
                    () -> codec.decode(kindOf.get(r.topic()), r.value()), r.why().toString());
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void rejectsImpossibleConfigurations() {
        assertThrows(IllegalArgumentException.class, () -> HOUR.withDevices(-1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> HOUR.withDevices(10, 10, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> HOUR.withDisorderMs(-1));
        assertThrows(IllegalArgumentException.class, () -> new CitySimulator(HOUR.withDevices(10, 0, 10, 2)));
        assertThrows(IllegalArgumentException.class, () -> NoiseLevels.DEFAULT.scaled(-1));
    }

    @Test
    void aCityWithoutNoiseHasOnlyFlowsAndIncidents() {
        Runs.Collected run = Runs.collect(new CitySimulator(HOUR.withNoise(NoiseLevels.NONE)));
        Set<String> incidentIds = run.truths().stream().flatMap(g -> g.eventIds().stream()).collect(Collectors.toSet());
        for (SimEvent e : run.events()) {
            boolean flow = e.event() instanceof TrafficEvent t
                    && t.kind() == TrafficEvent.Kind.FLOW;
            assertTrue(flow || incidentIds.contains(e.event().id()), e.toString());
        }
        assertEquals(64 * 60 + incidentIds.size(), run.events().size());
    }

    private static Map<SourceKind, Long> perKind(CitySimulator sim) {
        return sim.events().collect(Collectors.groupingBy(e -> e.event().sourceKind(), Collectors.counting()));
    }

    private static long countIdle(CitySimulator sim) {
        return sim.events().filter(e -> e.event() instanceof CameraDetection c
                && c.behavior() == CameraDetection.Behavior.IDLE).count();
    }

    private static Set<String> iterable(Iterator<String> it) {
        Set<String> s = new HashSet<>();
        it.forEachRemaining(s::add);
        return s;
    }
}
