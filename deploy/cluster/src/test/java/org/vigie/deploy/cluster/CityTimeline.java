package org.vigie.deploy.cluster;

import org.vigie.events.CitizenReport;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.events.TrafficEvent;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.GroundTruth;
import org.vigie.simulator.KafkaCityWriter;
import org.vigie.simulator.SimEvent;
import org.vigie.simulator.SimRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated city run held in memory, the matches its incidents must give, and the run written to Kafka phase by
 * phase. Camera detections go as Avro, the rest as JSON, so both wire formats cross ingest.
 */
final class CityTimeline {

    /**
     * One alert an incident must give: the rule, the event time of the first event of its match and of the event
     * that completes it (the alert is emitted when the watermark passes {@code completed}).
     */
    record Match(String incidentId, String rule, long first, long completed) {
        boolean splitBy(long watermark) {
            return first <= watermark && watermark < completed;
        }
    }

    /**
     * A cut at event time {@code at}: the job's watermark then settles at {@link ClusterScenario#watermarkAfter}.
     *
     * @param split the matches with events on both sides of that watermark
     */
    record Cut(long at, List<Match> split) {
    }

    /** Event-time spacing of heartbeats while a phase is written. */
    static final long HEARTBEAT_EVERY_MS = Duration.ofMinutes(5).toMillis();

    final CityConfig config;
    final List<SimRecord> records;
    final List<GroundTruth> truths = new ArrayList<>();
    final List<Match> matches = new ArrayList<>();
    /** Reports written by {@link Heartbeats}, so later heartbeats keep clear of them too. */
    final List<CitizenReport> heartbeatReports = new ArrayList<>();

    CityTimeline(CityConfig config) {
        this.config = config;
        this.records = new CitySimulator(config).stream().toList();
        Map<String, SignalEvent> byId = new HashMap<>();
        for (SimRecord r : records) {
            if (r instanceof GroundTruth g) {
                truths.add(g);
            } else if (r instanceof SimEvent e) {
                byId.put(e.event().id(), e.event());
            }
        }
        truths.forEach(g -> matches.addAll(matchesOf(g, byId)));
    }

    /**
     * The matches the starter rules make on an incident (see GroundTruth's signatures): dumping-corroborated on its
     * first two signals, stopped-then-collapse from the stopped vehicle to the speed collapse, report-cluster from
     * the first report to the third.
     */
    private static List<Match> matchesOf(GroundTruth g, Map<String, SignalEvent> byId) {
        List<SignalEvent> ev = g.eventIds().stream().map(byId::get)
                .sorted(Comparator.comparingLong(SignalEvent::eventTime)).toList();
        if (g.type() == GroundTruth.Type.ILLEGAL_DUMPING) {
            return List.of(new Match(g.incidentId(), "dumping-corroborated", ev.get(0).eventTime(),
                    ev.get(1).eventTime()));
        }
        if (g.type() != GroundTruth.Type.ROAD_INCIDENT) {
            throw new IllegalStateException("no expected alerts for incidents of type " + g.type());
        }
        List<SignalEvent> traffic = ev.stream().filter(e -> e instanceof TrafficEvent).toList();
        List<SignalEvent> reports = ev.stream().filter(e -> e instanceof CitizenReport).toList();
        return List.of(
                new Match(g.incidentId(), "stopped-then-collapse", traffic.get(0).eventTime(),
                        traffic.get(1).eventTime()),
                new Match(g.incidentId(), "report-cluster", reports.get(0).eventTime(), reports.get(2).eventTime()));
    }

    /** The alerts due once the watermark is at {@code watermark}: by incident, the rules (sorted). */
    Map<String, List<String>> alertsDueBy(long watermark) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Match m : matches) {
            if (m.completed() <= watermark) {
                out.computeIfAbsent(m.incidentId(), k -> new ArrayList<>()).add(m.rule());
            }
        }
        out.values().forEach(l -> l.sort(String::compareTo));
        return out;
    }

    /**
     * The cut within the given fractions of the run whose watermark splits the most matches of the kinds that need
     * Esper's partial-match state to survive a restart (stopped-then-collapse and report-cluster: a dumping match
     * re-forms from its last two signals), then the most matches of any kind.
     */
    Cut cutInsideMatches(double fromFraction, double toFraction) {
        long lo = config.startMillis() + (long) (fromFraction * config.duration().toMillis());
        long hi = config.startMillis() + (long) (toFraction * config.duration().toMillis());
        Cut best = null;
        for (Match candidate : matches) {
            long w = candidate.first();
            if (w >= lo && w <= hi) {
                Cut c = new Cut(w + 30_001, matches.stream().filter(m -> m.splitBy(w)).toList());
                if (best == null || score(c) > score(best)) {
                    best = c;
                }
            }
        }
        if (best == null || best.split().isEmpty()) {
            throw new IllegalStateException("no match to split within " + fromFraction + ".." + toFraction);
        }
        return best;
    }

    private static long score(Cut c) {
        long stateful = c.split().stream().filter(m -> !m.rule().equals("dumping-corroborated")).count();
        return stateful * 100 + c.split().size();
    }

    /**
     * Writes the signal events with event time in {@code (from, to]} to their input topics, at
     * {@code eventsPerSecond} (0: as fast as possible), counting them into {@code written}, with {@link Heartbeats}
     * every {@value #HEARTBEAT_EVERY_MS} ms of event time and at {@code to}: afterwards the job's watermark is
     * {@code to} minus the out-of-orderness, and it keeps moving while the phase is written.
     */
    void feed(String bootstrap, long fromExclusive, long toInclusive, double eventsPerSecond, AtomicLong written) {
        long from = Math.max(fromExclusive, config.startMillis() - 1);
        while (from < toInclusive) {
            long next = Math.min(toInclusive, (from / HEARTBEAT_EVERY_MS + 1) * HEARTBEAT_EVERY_MS);
            write(bootstrap, eventsIn(from, next), eventsPerSecond, written);
            Heartbeats.write(bootstrap, this, next);
            from = next;
        }
    }

    /** The signal events with event time in {@code (from, to]}, in stream order. */
    List<SimRecord> eventsIn(long fromExclusive, long toInclusive) {
        return records.stream().filter(SimEvent.class::isInstance)
                .filter(r -> r.time() > fromExclusive && r.time() <= toInclusive).toList();
    }

    private static void write(String bootstrap, List<SimRecord> events, double eventsPerSecond, AtomicLong written) {
        SignalCodec codec = new SignalCodec();
        try (KafkaCityWriter writer = KafkaCityWriter.create(bootstrap,
                e -> e.event().sourceKind() == SourceKind.CAMERA
                        ? codec.encodeAvro(e.event(), e.plateNumber())
                        : codec.encodeJson(e.event(), e.plateNumber()),
                eventsPerSecond, false)) {
            writer.write(events.stream().peek(r -> written.incrementAndGet()).iterator());
        }
    }
}
