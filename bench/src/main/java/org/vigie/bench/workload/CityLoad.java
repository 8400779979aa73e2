package org.vigie.bench.workload;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.GroundTruth;
import org.vigie.simulator.KafkaCityWriter;
import org.vigie.simulator.SimRecord;
import org.vigie.simulator.WireFormat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A simulated city written to the input topics, in the given wire format, and the ground truth kept
 * aside for scoring: the job never sees it.
 *
 * @param rawEvents signal events written
 * @param seconds   wall-clock time the simulation and the writing took
 */
record CityLoad(long rawEvents, List<GroundTruth> truths, double seconds) {

    static CityLoad write(EmbeddedKafka kafka, CityConfig city, WireFormat format) {
        long t0 = System.nanoTime();
        List<GroundTruth> truths = new ArrayList<>();
        Iterator<SimRecord> run = new CitySimulator(city).iterator();
        Iterator<SimRecord> keepingTruths = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return run.hasNext();
            }

            @Override
            public SimRecord next() {
                SimRecord r = run.next();
                if (r instanceof GroundTruth g) {
                    truths.add(g);
                }
                return r;
            }
        };
        long events;
        try (KafkaCityWriter writer = KafkaCityWriter.create(kafka.bootstrapServers(), format.encoder(), 0,
                false)) {
            events = writer.write(keepingTruths).values().stream().mapToLong(Long::longValue).sum();
        }
        return new CityLoad(events, List.copyOf(truths), (System.nanoTime() - t0) / 1e9);
    }
}
