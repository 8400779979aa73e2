package org.vigie.rules.tooling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.correlate.CorrelationEngine;
import org.vigie.correlate.ReleaseOrder;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;
import org.vigie.rules.CompiledPack;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePackLoader;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.SimEvent;
import org.vigie.zones.ZoneMap;

/** Simulator events for backtests, written as JSON lines, and the alert counts of running the engine directly. */
final class SimulatedCity {

    /** Compiling a pack takes seconds: once per pack per test JVM. */
    private static final Map<Path, CompiledPack> COMPILED = new ConcurrentHashMap<>();

    private SimulatedCity() {
    }

    /** The sample city for {@code hours} from its default start. */
    static List<SimEvent> events(long seed, int hours) {
        CityConfig config = CityConfig.sample(seed).withTime(CityConfig.DEFAULT_START, Duration.ofHours(hours));
        return new CitySimulator(config).events().toList();
    }

    /** Writes {@code events} as JSON lines, each block of {@code block} events reversed: the file is out of order. */
    static Path writeLines(List<SimEvent> events, Path file, int block) throws IOException {
        SignalCodec codec = new SignalCodec();
        List<String> lines = new ArrayList<>(events.size());
        for (int from = 0; from < events.size(); from += block) {
            List<SimEvent> chunk = new ArrayList<>(events.subList(from, Math.min(events.size(), from + block)));
            Collections.reverse(chunk);
            chunk.forEach(e -> lines.add(EventLines.line(codec, e.event(), e.plateNumber())));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The events as ingest would hand them on: zoned from the sample map (the simulator leaves zones to ingest). */
    static List<SignalEvent> zoned(List<SimEvent> events) {
        ZoneMap map = ZoneMap.sample();
        return events.stream().map(SimEvent::event).map(e -> e.withZone(map.zoneAt(e.lat(), e.lon())
                .orElseThrow().id())).toList();
    }

    /**
     * Alerts per "day rule priority" from one engine fed directly: release order, rules deployed at the first
     * event's time, run on by the longest horizon after the last event.
     */
    static Map<String, Long> directCounts(Path pack, List<SignalEvent> events) {
        CompiledPack compiled = COMPILED.computeIfAbsent(pack.toAbsolutePath().normalize(), p -> {
            try (RuleCompiler compiler = new RuleCompiler()) {
                return compiler.compile(RulePackLoader.fromDirectory(p));
            }
        });
        List<SignalEvent> sorted = new ArrayList<>(events);
        sorted.sort(ReleaseOrder.EVENTS);
        Map<String, Long> counts = new TreeMap<>();
        try (CorrelationEngine engine = new CorrelationEngine()) {
            engine.advanceTime(sorted.get(0).eventTime());
            compiled.rules().forEach(engine::deploy);
            for (SignalEvent e : sorted) {
                engine.advanceTime(e.eventTime());
                engine.send(e);
            }
            engine.advanceTime(sorted.get(sorted.size() - 1).eventTime() + compiled.horizonMillis());
            for (Alert a : engine.drainAlerts()) {
                counts.merge(key(Instant.ofEpochMilli(a.eventTime()).atZone(ZoneOffset.UTC).toLocalDate().toString(),
                        a.ruleId(), a.priority()), 1L, Long::sum);
            }
        }
        return counts;
    }

    static String key(String day, String rule, int priority) {
        return day + " " + rule + " P" + priority;
    }
}
