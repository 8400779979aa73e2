package org.vigie.job;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.Alert;
import org.vigie.events.CameraDetection;
import org.vigie.events.DeadLetter;
import org.vigie.events.EventRef;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.schemas.wire.DeadLetterCodec;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.GroundTruth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole job on a real broker and a Flink MiniCluster, fed by the city simulator. */
class VigieJobEndToEndTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final RuleSet STARTER = RuleSet.load(List.of("classpath:starter"));

    static CityConfig city(long seed) {
        return CityConfig.sample(seed).withDevices(40, 16, 32, 2).withTime(CityConfig.DEFAULT_START,
                Duration.ofHours(2));
    }

    @Test
    void simulatedCityGivesExactlyTheExpectedAlertsAndDeadLetters() throws Exception {
        try (EmbeddedKafka kafka = JobRuns.broker()) {
            CityRun city = new CityRun(kafka, city(42), 12);
            String refusedPlate = writeRefusedRecordWithClearPlate(kafka);
            JobRuns.runBounded(kafka, STARTER, 2);

            List<Alert> alerts = readAlerts(kafka);
            assertFalse(city.truths.isEmpty(), "the simulator injected incidents");
            assertEquals(expectedMatches(city.truths), actualMatches(alerts, city.truths));

            AlertCodec codec = new AlertCodec();
            Set<String> avroIds = new TreeSet<>();
            for (ConsumerRecord<byte[], byte[]> r : kafka.readAll("vigie.alerts.avro", READ_TIMEOUT, true)) {
                avroIds.add(codec.fromAvro(r.value()).id());
            }
            assertEquals(alerts.stream().map(Alert::id).collect(Collectors.toCollection(TreeSet::new)), avroIds);

            List<ConsumerRecord<byte[], byte[]>> cap = kafka.readAll("vigie.incidents.cap.xml", READ_TIMEOUT, true);
            List<String> announced = cap.stream().filter(r -> "Alert".equals(header(r, "vigie-msg-type")))
                    .map(r -> header(r, "vigie-incident")).toList();
            // Callers reporting a road accident join the road incident (IncidentClasses.defaults()); any other alert
            // of this city opens its own incident.
            long roadCalls = alerts.stream().filter(a -> a.ruleId().equals("report-cluster")
                    && "ROAD_ACCIDENT".equals(String.valueOf(a.values().get("serviceCode")))).count();
            assertTrue(announced.size() <= alerts.size() && announced.size() >= alerts.size() - roadCalls,
                    announced.size() + " incidents for " + alerts.size() + " alerts, " + roadCalls + " road calls");
            assertEquals(announced.size(), new TreeSet<>(announced).size(), "an incident is announced once");
            assertTrue(cap.stream().allMatch(r -> header(r, "vigie-priority").matches("P[1-4]")));
            assertTrue(new String(cap.get(0).value(), StandardCharsets.UTF_8)
                    .contains("urn:oasis:names:tc:emergency:cap:1.2"));

            List<DeadLetter> letters = readDeadLetters(kafka);
            assertEquals(city.malformed.size() + 1, letters.size());
            for (DeadLetter d : letters) {
                assertFalse(d.reason().isBlank());
                assertTrue(d.sourceTopic().startsWith("vigie.in."), d.sourceTopic());
                assertTrue(d.offset() >= 0);
            }
            long biometric = city.malformed.stream().filter(m -> m.why().name().startsWith("BIOMETRIC")).count();
            assertEquals(biometric, letters.stream().filter(d -> d.reason().contains("biometric")).count(),
                    () -> "reasons: " + letters.stream().map(DeadLetter::reason).toList());
            assertTrue(letters.stream().anyMatch(d -> d.reason().contains("'lat' out of range: 95.0")),
                    () -> "reasons: " + letters.stream().map(DeadLetter::reason).toList());

            Set<String> plates = new TreeSet<>(city.clearPlates);
            plates.add(refusedPlate);
            assertTrue(city.clearPlates.size() > 10, "the simulator sent clear plates");
            for (String topic : List.of("vigie.alerts", "vigie.alerts.avro", "vigie.deadletter", "vigie.late")) {
                for (ConsumerRecord<byte[], byte[]> r : kafka.readAll(topic, READ_TIMEOUT, true)) {
                    String text = new String(r.value(), StandardCharsets.ISO_8859_1);
                    for (String plate : plates) {
                        assertFalse(text.contains(plate) || text.contains(plate.replace("-", "")),
                                "clear plate " + plate + " in " + topic);
                    }
                }
            }
        }
    }

    @Test
    void anotherArrivalOrderWithinTheBoundGivesTheSameAlerts() throws Exception {
        List<String> inOrder;
        try (EmbeddedKafka kafka = JobRuns.broker()) {
            new CityRun(kafka, city(7), 0);
            JobRuns.runBounded(kafka, STARTER, 2);
            inOrder = readAlerts(kafka).stream().map(Alert::id).sorted().toList();
            assertEquals(0, kafka.readAll("vigie.late", READ_TIMEOUT, true).size(), "no event is late");
        }
        List<String> shuffled;
        try (EmbeddedKafka kafka = JobRuns.broker()) {
            new CityRun(kafka, city(7).withDisorderMs(20_000), 0);
            JobRuns.runBounded(kafka, STARTER, 1);
            shuffled = readAlerts(kafka).stream().map(Alert::id).sorted().toList();
            assertEquals(0, kafka.readAll("vigie.late", READ_TIMEOUT, true).size(), "no event is late");
        }
        assertFalse(inOrder.isEmpty());
        assertEquals(inOrder, shuffled);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** For each incident, the rules that must fire on it exactly once. */
    private static Map<String, List<String>> expectedMatches(List<GroundTruth> truths) {
        Map<String, List<String>> out = new TreeMap<>();
        for (GroundTruth g : truths) {
            out.put(g.incidentId(), g.type() == GroundTruth.Type.ILLEGAL_DUMPING
                    ? List.of("dumping-corroborated")
                    : List.of("report-cluster", "stopped-then-collapse"));
        }
        return out;
    }

    /** Each alert attributed to the one incident all its contributing events belong to. */
    private static Map<String, List<String>> actualMatches(List<Alert> alerts, List<GroundTruth> truths) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Alert a : alerts) {
            List<String> ids = a.contributing().stream().map(EventRef::id).toList();
            assertFalse(ids.isEmpty(), "alert without contributing events: " + a);
            GroundTruth owner = truths.stream().filter(g -> g.eventIds().containsAll(ids)).findFirst()
                    .orElseThrow(() -> new AssertionError("alert matches no injected incident: " + a));
            assertEquals(owner.zone(), a.zone(), "zone of " + a);
            out.computeIfAbsent(owner.incidentId(), k -> new ArrayList<>()).add(a.ruleId());
        }
        out.values().forEach(l -> l.sort(String::compareTo));
        return out;
    }

    static List<Alert> readAlerts(EmbeddedKafka kafka) throws Exception {
        AlertCodec codec = new AlertCodec();
        List<Alert> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : kafka.readAll("vigie.alerts", READ_TIMEOUT, true)) {
            Alert a = codec.fromJson(r.value());
            assertEquals(a.zone(), new String(r.key(), StandardCharsets.UTF_8), "alerts are keyed by zone");
            out.add(a);
        }
        return out;
    }

    private static List<DeadLetter> readDeadLetters(EmbeddedKafka kafka) throws Exception {
        DeadLetterCodec codec = new DeadLetterCodec();
        List<DeadLetter> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : kafka.readAll("vigie.deadletter", READ_TIMEOUT, true)) {
            out.add(codec.fromJson(r.value()));
        }
        return out;
    }

    /** A camera record with a clear plate that ingest refuses (latitude out of range). */
    private static String writeRefusedRecordWithClearPlate(EmbeddedKafka kafka) throws Exception {
        String plate = "ZZ-987-QX";
        CameraDetection bad = new CameraDetection("bad-1", "cam-0001", CityConfig.DEFAULT_START + 60_000, 95.0,
                7.25, null, CameraDetection.ObjectClass.VEHICLE, 0.9, CameraDetection.VehicleType.CAR, null, null,
                "red", CameraDetection.Behavior.MOVING, 30.0, null, null, null, null);
        try (KafkaProducer<byte[], byte[]> p = kafka.producer()) {
            p.send(new ProducerRecord<>("vigie.in.camera", new SignalCodec().encodeJson(bad, plate))).get();
        }
        assertNotNull(plate);
        return plate;
    }
}
