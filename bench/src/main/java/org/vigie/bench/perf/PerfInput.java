package org.vigie.bench.perf;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.SignalEvent;
import org.vigie.ingest.Ingest;
import org.vigie.ingest.Ingested;
import org.vigie.ingest.PlateKeys;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.CityTopics;
import org.vigie.simulator.KafkaCityWriter;
import org.vigie.simulator.SignalEncoder;
import org.vigie.simulator.SimEvent;
import org.vigie.simulator.WireFormat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The benchmark input: the first N events of a simulated city, written once to the input topics, and the same
 * events as ingest accepts them (decoded from the same bytes, zoned, plates pseudonymised), for runs without Kafka.
 */
final class PerfInput {

    private PerfInput() {
    }

    /**
     * 1,000 cameras, 400 dumping sensors, 500 traffic detectors, 8 call-centre desks over a month, with 16 dumping
     * and 16 road incidents an hour (the zones saturate below that): enough matches of every reference rule for the
     * alert comparison to mean something.
     */
    static CityConfig city(long seed) {
        return CityConfig.sample(seed).withDevices(1000, 400, 500, 8)
                .withTime(CityConfig.DEFAULT_START, Duration.ofDays(30)).withIncidentRates(16, 16);
    }

    /** Writes the first {@code events} events of {@code city} to the standard input topics; returns how many. */
    static long load(EmbeddedKafka kafka, long events, CityConfig city, WireFormat format) {
        kafka.createTopics(2, CityTopics.inputs().toArray(String[]::new));
        try (KafkaCityWriter writer = KafkaCityWriter.create(kafka.bootstrapServers(), format.encoder(), 0, false)) {
            return writer.write(firstN(city, events)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The same events as {@link #load} writes, as ingest with {@code config} accepts them, in release order. */
    static List<SignalEvent> accepted(CityConfig city, long events, VigieConfig config, WireFormat format) {
        Ingest ingest = new Ingest(config.loadZoneMap(), PlateKeys.pseudonymizer(config.pseudonymization()),
                config.eventTime().maxFutureSkew(), System::currentTimeMillis);
        SignalEncoder encoder = format.encoder();
        List<SignalEvent> out = new ArrayList<>((int) Math.min(events, Integer.MAX_VALUE - 8));
        long offset = 0;
        for (Iterator<SimEvent> it = firstN(city, events); it.hasNext(); ) {
            SimEvent e = it.next();
            String topic = CityTopics.of(e.event().sourceKind());
            if (ingest.process(e.event().sourceKind(), topic, 0, offset++, encoder.encode(e))
                    instanceof Ingested.Accepted a) {
                out.add(a.event());
            }
        }
        out.sort(EventOrder.RELEASE);
        return out;
    }

    /** The first {@code events} signal events of a fresh run of {@code city}, lazily. */
    static Iterator<SimEvent> firstN(CityConfig city, long events) {
        Iterator<SimEvent> all = new CitySimulator(city).events().iterator();
        return new Iterator<>() {
            long left = events;

            @Override
            public boolean hasNext() {
                return left > 0 && all.hasNext();
            }

            @Override
            public SimEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                left--;
                return all.next();
            }
        };
    }
}
