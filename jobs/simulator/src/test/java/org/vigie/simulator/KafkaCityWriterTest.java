package org.vigie.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.SignalCodec;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaCityWriterTest {

    private static final Duration READ = Duration.ofSeconds(30);
    // A broker per test, one at a time: every test writes to the fixed input topics and reads them from the start.
    private EmbeddedKafka kafka;

    @BeforeEach
    void start() {
        kafka = new EmbeddedKafka().start();
    }

    @AfterEach
    void stop() {
        kafka.close();
    }

    @Test
    void writesEachKindToItsTopicAndReadsBackTheSameCounts() throws Exception {
        String[] topics = CityTopics.inputs().toArray(String[]::new);
        kafka.createTopics(3, topics);
        kafka.createTopics(1, CityTopics.GROUND_TRUTH);
        CitySimulator sim = new CitySimulator(CityConfig.sample(5).withTime(CityConfig.DEFAULT_START,
                Duration.ofMinutes(40)));
        Runs.Collected run = Runs.collect(sim);
        Map<String, Long> expected = run.events().stream()
                .collect(Collectors.groupingBy(e -> CityTopics.of(e.event().sourceKind()), TreeMap::new,
                        Collectors.counting()));
        expected.put(CityTopics.GROUND_TRUTH, (long) run.truths().size());
        assertTrue(run.truths().size() > 0);

        Map<String, Long> written;
        try (KafkaCityWriter w = KafkaCityWriter.create(kafka.bootstrapServers(), WireFormat.JSON.encoder(), 0, true)) {
            written = w.write(sim);
        }
        assertEquals(expected, written);

        Map<String, SignalEvent> byId = run.events().stream().map(SimEvent::event)
                .collect(Collectors.toMap(SignalEvent::id, Function.identity()));
        ObjectMapper json = new ObjectMapper();
        for (String topic : topics) {
            List<ConsumerRecord<byte[], byte[]>> records = kafka.readAll(topic, READ);
            assertEquals(expected.get(topic), (long) records.size(), topic);
            for (ConsumerRecord<byte[], byte[]> r : records) {
                JsonNode n = json.readTree(r.value());
                SignalEvent e = byId.get(n.get("id").asText());
                assertEquals(CityTopics.of(e.sourceKind()), topic);
                assertEquals(e.eventTime(), r.timestamp());
                assertEquals(e.eventTime(), n.get("eventTime").asLong());
                assertEquals(e.sourceId(), new String(r.key(), StandardCharsets.UTF_8));
            }
        }
        List<GroundTruth> truths = kafka.readAll(CityTopics.GROUND_TRUTH, READ).stream()
                .map(r -> GroundTruth.fromJsonLine(new String(r.value(), StandardCharsets.UTF_8))).toList();
        assertEquals(run.truths(), truths);
    }

    @Test
    void writesMalformedRecordsAsTheyAre() {
        kafka.createTopics(1, "raw.camera", "raw.dumping", "raw.traffic", "raw.reports");
        List<RawRecord> raw = new CitySimulator(CityConfig.sample(5)).malformedRecords(6).stream()
                .map(r -> new RawRecord(r.topic().replace("vigie.in.", "raw."), r.key(), r.timestamp(), r.value(),
                        r.why()))
                .toList();
        Map<String, Long> written;
        try (KafkaCityWriter w = KafkaCityWriter.create(kafka.bootstrapServers(), WireFormat.JSON.encoder(), 0,
                false)) {
            written = w.writeRaw(raw);
        }
        assertEquals(6, written.values().stream().mapToLong(Long::longValue).sum());
        List<ConsumerRecord<byte[], byte[]>> camera = kafka.readAll("raw.camera", READ);
        assertEquals(written.get("raw.camera"), (long) camera.size());
        assertTrue(camera.stream()
                .anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("faceEmbedding")));
    }

    @Test
    void pacesToTheGivenRate() {
        CityConfig tiny = CityConfig.sample(8).withIncidentRates(0, 0).withDevices(30, 0, 0, 0)
                .withTime(CityConfig.DEFAULT_START, Duration.ofMinutes(10));
        long events = new CitySimulator(tiny).events().count();
        double rate = events / 1.0;
        MockProducer<byte[], byte[]> mock = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        long t0 = System.nanoTime();
        try (KafkaCityWriter w = new KafkaCityWriter(mock, WireFormat.JSON.encoder(), rate, false)) {
            assertEquals(Map.of(CityTopics.CAMERA, events), w.write(new CitySimulator(tiny)));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds >= 0.9 && seconds < 5, events + " events at " + rate + "/s took " + seconds + " s");
        assertEquals(events, mock.history().size());
        assertTrue(mock.history().stream().allMatch(r -> r.timestamp() >= tiny.startMillis()));
    }

    @Test
    void writesAvroThatTheWireCodecDecodes() throws Exception {
        CitySimulator sim = new CitySimulator(CityConfig.sample(6).withTime(CityConfig.DEFAULT_START,
                Duration.ofMinutes(10)));
        Map<SourceKind, Set<SignalEvent>> expected = sim.events().map(SimEvent::event)
                .collect(Collectors.groupingBy(SignalEvent::sourceKind, Collectors.toSet()));
        SignalCodec codec = new SignalCodec();
        kafka.createTopics(2, CityTopics.inputs().toArray(String[]::new));
        try (KafkaCityWriter w = KafkaCityWriter.create(kafka.bootstrapServers(), WireFormat.AVRO.encoder(), 0,
                false)) {
            w.write(sim);
            for (SourceKind kind : SourceKind.values()) {
                Set<SignalEvent> back = new HashSet<>();
                for (ConsumerRecord<byte[], byte[]> r : kafka.readAll(CityTopics.of(kind), READ)) {
                    back.add(codec.decode(kind, r.value()).event());
                }
                assertEquals(expected.get(kind), back, kind.toString());
            }
        }
    }
}
