package org.vigie.job;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.GroundTruth;
import org.vigie.simulator.KafkaCityWriter;
import org.vigie.simulator.RawRecord;
import org.vigie.simulator.SimEvent;
import org.vigie.simulator.SimRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated city written to a broker, and what the test needs to know of it: the ground truth, the clear plates
 * it sent (which must never come out), the malformed records. Camera detections go as Avro, the rest as JSON, so
 * both wire formats cross ingest in every run.
 */
final class CityRun {

    final List<GroundTruth> truths = new ArrayList<>();
    final Set<String> clearPlates = new HashSet<>();
    final List<RawRecord> malformed;
    final long events;

    CityRun(EmbeddedKafka kafka, CityConfig config, int malformedCount) {
        CitySimulator sim = new CitySimulator(config);
        List<SimRecord> records = sim.stream().toList();
        for (SimRecord r : records) {
            if (r instanceof GroundTruth g) {
                truths.add(g);
            } else if (r instanceof SimEvent e && e.plateNumber() != null) {
                clearPlates.add(e.plateNumber());
            }
        }
        malformed = sim.malformedRecords(malformedCount);
        SignalCodec codec = new SignalCodec();
        try (KafkaCityWriter writer = KafkaCityWriter.create(kafka.bootstrapServers(),
                e -> e.event().sourceKind() == SourceKind.CAMERA
                        ? codec.encodeAvro(e.event(), e.plateNumber())
                        : codec.encodeJson(e.event(), e.plateNumber()),
                0, false)) {
            Map<String, Long> counts = writer.write(records);
            events = counts.values().stream().mapToLong(Long::longValue).sum();
            writer.writeRaw(malformed);
        }
    }
}
