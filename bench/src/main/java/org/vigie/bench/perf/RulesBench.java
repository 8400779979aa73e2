package org.vigie.bench.perf;

import org.vigie.correlate.CompiledRule;
import org.vigie.events.SignalEvent;
import org.vigie.job.config.VigieConfig;
import org.vigie.rules.CompiledPack;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePackLoader;
import org.vigie.simulator.WireFormat;
import org.vigie.zones.ZoneMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code vigie bench rules}: throughput as the number of deployed rules grows, with generated lookout rules
 * ({@link RuleTemplates}).
 *
 * <p>It measures the Esper host, not the whole job: {@link org.vigie.correlate.CorrelationEngine} with N rules,
 * fed the same ingested events in release order from memory, as the correlate operator feeds it. The rest of the
 * job (Kafka, ingest, keyed state, sinks) costs the same per event whatever N is; timing the whole job would
 * also time compiling N rules three times (where the job is built, then again in each subtask's {@code open}),
 * which at 2,000 rules is minutes and says nothing about throughput. Compile time is reported on its own.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Esper host throughput with N generated lookout rules deployed.")
public final class RulesBench implements Callable<Integer> {

    @Option(names = "--rules", split = ",", defaultValue = "20,200,2000",
            description = "Rule counts. Default: ${DEFAULT-VALUE}")
    List<Integer> counts;

    @Option(names = "--events", defaultValue = "500000", description = "Events per count. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the simulated city. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--no-context", description = "Lookouts without 'context ByZone' (one statement each).")
    boolean noContext;

    @Option(names = "--out", description = "Write the figures to this JSON file.")
    Path out;

    /** One rule count's figures; per CPU-second of the feeding thread too, which a busy machine disturbs less. */
    record Point(int rules, double compileSeconds, double deploySeconds, double eventsPerSecond,
                 double eventsPerCpuSecond, long alerts, double loadAverage) {
        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rules", rules);
            m.put("compile_seconds", compileSeconds);
            m.put("deploy_seconds", deploySeconds);
            m.put("events_per_s", Math.round(eventsPerSecond));
            m.put("events_per_cpu_s", Math.round(eventsPerCpuSecond));
            m.put("alerts", alerts);
            m.put("load_average", loadAverage);
            return m;
        }
    }

    @Override
    public Integer call() throws Exception {
        Figures f = Figures.of("rules").put("measured", "esper host (CorrelationEngine), events from memory");
        VigieConfig config = PerfConfigs.offline();
        List<SignalEvent> input = PerfInput.accepted(PerfInput.city(seed, events), events, config, WireFormat.JSON);
        f.put("events", input.size()).put("template", RuleTemplates.rule(1, new String[] {"ZONE", "TYPE", "MAKE",
                "COLOUR"}, !noContext)).put("context_by_zone", !noContext);
        List<Point> points = new ArrayList<>();
        for (int n : counts) {
            points.add(measure(n, !noContext, config, input));
        }
        Map<String, Object> rates = new LinkedHashMap<>();
        Map<String, Object> cpuRates = new LinkedHashMap<>();
        points.forEach(p -> rates.put(String.valueOf(p.rules()), Math.round(p.eventsPerSecond())));
        points.forEach(p -> cpuRates.put(String.valueOf(p.rules()), Math.round(p.eventsPerCpuSecond())));
        f.put("events_per_s", rates).put("events_per_cpu_s", cpuRates)
                .put("points", points.stream().map(Point::asMap).toList());
        if (points.size() > 1) {
            Point first = points.get(0);
            Point last = points.get(points.size() - 1);
            f.put("last_vs_first", Figures.ratio(last.eventsPerSecond(), first.eventsPerSecond()))
                    .put("last_vs_first_cpu", Figures.ratio(last.eventsPerCpuSecond(), first.eventsPerCpuSecond()));
        }
        f.finish(out);
        return 0;
    }

    static Point measure(int n, boolean byZone, VigieConfig config, List<SignalEvent> input) throws Exception {
        long t0 = System.nanoTime();
        List<CompiledRule> rules = compile(config.loadZoneMap(), n, byZone);
        double compileSeconds = (System.nanoTime() - t0) / 1e9;
        EsperAlone.Result r = EsperAlone.run(rules, input);
        Point p = new Point(n, Figures.round(compileSeconds), Figures.round(r.deploySeconds()),
                Figures.round(r.eventsPerSecond()), Figures.round(r.events() / r.cpuSeconds()), r.alerts().size(),
                LoadAverage.oneMinute());
        System.out.printf("%,6d rules: %,.0f events/s, %,.0f per cpu-s (compile %.1f s, deploy %.1f s, %d alerts)"
                + " load %.1f%n", n, p.eventsPerSecond(), p.eventsPerCpuSecond(), compileSeconds, r.deploySeconds(),
                p.alerts(), p.loadAverage());
        return p;
    }

    /**
     * The first {@code n} lookouts, compiled (and trial-deployed, as {@code vigie rules check} does) in parts on one
     * thread per core: compiling is the slow part of this benchmark (Esper generates and loads classes per rule).
     */
    static List<CompiledRule> compile(ZoneMap zones, int n, boolean byZone) throws Exception {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 10));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CompiledPack>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) n * t / threads);
                int to = (int) ((long) n * (t + 1) / threads);
                parts.add(pool.submit(() -> {
                    try (RuleCompiler compiler = new RuleCompiler()) {
                        return compiler.compile(RulePackLoader.fromText("lookouts-" + from + ".epl",
                                RuleTemplates.lookouts(zones, from, to, byZone)));
                    }
                }));
            }
            List<CompiledRule> rules = new ArrayList<>();
            for (Future<CompiledPack> part : parts) {
                CompiledPack pack = part.get();
                if (!pack.ok()) {
                    throw new IllegalStateException("generated rules refused: " + pack.problems());
                }
                rules.addAll(pack.rules());
            }
            return rules;
        } finally {
            pool.shutdownNow();
        }
    }
}
