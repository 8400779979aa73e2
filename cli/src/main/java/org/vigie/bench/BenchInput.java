package org.vigie.bench;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.KafkaCityWriter;
import org.vigie.simulator.SimEvent;
import org.vigie.simulator.SimRecord;
import org.vigie.simulator.WireFormat;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Loads the first N events of a simulated city into the input topics once, for every run of a benchmark to read. */
final class BenchInput {

    private BenchInput() {
    }

    /** A city of 1,000 cameras, long enough to yield any number of events a benchmark asks for. */
    static CityConfig bigCity(long seed) {
        return CityConfig.sample(seed).withDevices(1000, 400, 500, 8)
                .withTime(CityConfig.DEFAULT_START, Duration.ofDays(30));
    }

    /** The sample city (120 cameras, 8 incidents an hour) over a month: many incidents per event. */
    static CityConfig sampleCity(long seed) {
        return CityConfig.sample(seed).withTime(CityConfig.DEFAULT_START, Duration.ofDays(30));
    }

    /** Writes the first {@code events} events of {@code city}; returns how many were written. */
    static long load(EmbeddedKafka kafka, long events, CityConfig city, WireFormat format) {
        return load(kafka, 0, events, city, format);
    }

    /**
     * Writes {@code events} events of {@code city} after its first {@code skip} (records of the skipped part are
     * not written); returns how many were written. Parts loaded one after the other make the whole input.
     */
    static long load(EmbeddedKafka kafka, long skip, long events, CityConfig city, WireFormat format) {
        VigieConfig.Topics t = VigieConfig.Topics.defaults();
        kafka.createTopics(2, t.inputs().toArray(String[]::new));
        kafka.createTopics(2, t.outputs().toArray(String[]::new));
        kafka.createTopics(1, t.feedback());
        kafka.createTopics(1, true, t.rules());
        Iterator<SimRecord> all = new CitySimulator(city).iterator();
        for (long skipped = 0; skipped < skip && all.hasNext(); ) {
            if (all.next() instanceof SimEvent) {
                skipped++;
            }
        }
        Iterator<SimRecord> firstN = new Iterator<>() {
            long left = events;

            @Override
            public boolean hasNext() {
                return left > 0 && all.hasNext();
            }

            @Override
            public SimRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SimRecord r = all.next();
                if (r instanceof SimEvent) {
                    left--;
                }
                return r;
            }
        };
        try (KafkaCityWriter writer = KafkaCityWriter.create(kafka.bootstrapServers(), format.encoder(), 0, false)) {
            return writer.write(firstN).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
