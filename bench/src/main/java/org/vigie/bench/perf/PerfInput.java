package org.vigie.bench.perf;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.correlate.ReleaseOrder;
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

    /** Events per batch of the in-memory input: small enough for any heap, large enough to time. */
    static final int BATCH = 100_000;

    private PerfInput() {
    }

    /**
     * 1,000 cameras, 400 dumping sensors, 500 traffic detectors, 8 call-centre desks, with 16 dumping and 16 road
     * incidents an hour (the zones saturate below that): enough matches of every reference rule for the alert
     * comparison to mean something. This city makes about 140,000 events an hour; it lasts one hour per 50,000 of
     * the {@code events} asked (at least two), so it never runs out, and the simulator, which plans the whole
     * span when it starts, does not plan a month for a few thousand events.
     */
    static CityConfig city(long seed, long events) {
        long hours = Math.max(2, (events + 49_999) / 50_000);
        return CityConfig.sample(seed).withDevices(1000, 400, 500, 8)
                .withTime(CityConfig.DEFAULT_START, Duration.ofHours(hours)).withIncidentRates(16, 16);
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
        List<SignalEvent> out = new ArrayList<>((int) Math.min(events, Integer.MAX_VALUE - 8));
        acceptedBatches(city, events, config, format, BATCH).forEachRemaining(out::addAll);
        return out;
    }

    /**
     * The same events as {@link #accepted}, made lazily in batches of about {@code batchSize}: each batch is in
     * release order and holds every event of its last time, so the batches one after the other are too. The
     * simulator emits in event-time order (the reference city has no disorder); an event older than an earlier
     * batch would break that, and is refused rather than silently reordered.
     */
    static Iterator<List<SignalEvent>> acceptedBatches(CityConfig city, long events, VigieConfig config,
                                                       WireFormat format, int batchSize) {
        Ingest ingest = new Ingest(config.loadZoneMap(), PlateKeys.pseudonymizer(config.pseudonymization()),
                config.eventTime().maxFutureSkew(), System::currentTimeMillis);
        SignalEncoder encoder = format.encoder();
        Iterator<SimEvent> sim = firstN(city, events);
        return new Iterator<>() {
            long offset;
            long emittedUpTo = Long.MIN_VALUE;
            SignalEvent carried;

            @Override
            public boolean hasNext() {
                return carried != null || sim.hasNext();
            }

            @Override
            public List<SignalEvent> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<SignalEvent> batch = new ArrayList<>(batchSize + 16);
                if (carried != null) {
                    batch.add(carried);
                    carried = null;
                }
                while (sim.hasNext()) {
                    SimEvent e = sim.next();
                    String topic = CityTopics.of(e.event().sourceKind());
                    if (!(ingest.process(e.event().sourceKind(), topic, 0, offset++, encoder.encode(e))
                            instanceof Ingested.Accepted a)) {
                        continue;
                    }
                    SignalEvent ev = a.event();
                    if (ev.eventTime() <= emittedUpTo) {
                        throw new IllegalStateException("input not in event-time order: " + ev.id() + " at "
                                + ev.eventTime() + " after a batch up to " + emittedUpTo);
                    }
                    if (batch.size() >= batchSize && ev.eventTime() > batch.get(batch.size() - 1).eventTime()) {
                        carried = ev;
                        break;
                    }
                    batch.add(ev);
                }
                batch.sort(ReleaseOrder.EVENTS);
                if (!batch.isEmpty()) {
                    emittedUpTo = batch.get(batch.size() - 1).eventTime();
                }
                return batch;
            }
        };
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
