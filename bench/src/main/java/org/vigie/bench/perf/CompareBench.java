package org.vigie.bench.perf;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code vigie bench compare}: on one pre-loaded topic and the same three reference rules, in one run, the
 * pass-through job (the limit), Vigie's full job, Esper alone (the engine limit) and Flink CEP; events/s of each,
 * Vigie's ratios to the others, and whether Vigie and Flink CEP raised the same alerts.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Vigie vs pass-through, Esper alone and Flink CEP on the reference rules; same alerts?")
public final class CompareBench implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "1000000", description = "Events to load. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(names = "--parallelism", defaultValue = "2", description = "Job parallelism. Default: ${DEFAULT-VALUE}")
    int parallelism;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the simulated city. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--format", defaultValue = "JSON", description = "Input wire format: ${COMPLETION-CANDIDATES}")
    WireFormat format;

    @Option(names = "--checkpoint-interval", defaultValue = "5s",
            description = "Checkpoint interval of every job (the shipped default is 5s). Default: ${DEFAULT-VALUE}")
    String checkpointInterval;

    @Option(names = "--out", description = "Write the figures to this JSON file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Figures f = Figures.of("compare");
        boolean same;
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            Duration interval = VigieConfig.duration(checkpointInterval);
            CompareRun.Result r = CompareRun.run(kafka, events, parallelism, seed, format, interval);
            describe(r, f.put("parallelism", parallelism).put("format", format.name().toLowerCase(Locale.ROOT))
                    .put("seed", seed).put("checkpoint_interval_ms", interval.toMillis())
                    .put("event_time_max_drift", PerfConfigs.BACKLOG_DRIFT));
            same = r.vigieVsCep().same();
        }
        f.finish(out);
        if (!same) {
            // The figures are written either way, but a comparison of different work is worthless: say so.
            System.err.println("vigie and flink cep raised different alerts: see first_differences");
            return 1;
        }
        return 0;
    }

    static Figures describe(CompareRun.Result r, Figures f) {
        long n = r.events();
        double pass = n / r.passthrough().seconds();
        double vigie = n / r.vigie().seconds();
        double esper = n / r.esper().seconds();
        double cep = n / r.cep().seconds();
        f.put("events", n).put("rules", r.rules())
                .put("passthrough_events_per_s", Math.round(pass))
                .put("vigie_events_per_s", Math.round(vigie))
                .put("esper_alone_events_per_s", Math.round(esper))
                .put("flink_cep_events_per_s", Math.round(cep))
                .put("vigie_vs_passthrough", Figures.ratio(vigie, pass))
                .put("vigie_vs_flink_cep", Figures.ratio(vigie, cep))
                .put("vigie_vs_esper_alone", Figures.ratio(vigie, esper))
                .put("seconds", Map.of("passthrough", r.passthrough().seconds(), "vigie", r.vigie().seconds(),
                        "esper_alone", r.esper().seconds(), "flink_cep", r.cep().seconds()));
        // Per CPU-second of this JVM (jobs, broker, everything): what a core does, whatever else the machine runs.
        double passCpu = n / r.passthrough().cpuSeconds();
        double vigieCpu = n / r.vigie().cpuSeconds();
        double esperCpu = n / r.esper().cpuSeconds();
        double cepCpu = n / r.cep().cpuSeconds();
        f.put("passthrough_events_per_cpu_s", Math.round(passCpu))
                .put("vigie_events_per_cpu_s", Math.round(vigieCpu))
                .put("esper_alone_events_per_cpu_s", Math.round(esperCpu))
                .put("flink_cep_events_per_cpu_s", Math.round(cepCpu))
                .put("vigie_vs_passthrough_cpu", Figures.ratio(vigieCpu, passCpu))
                .put("vigie_vs_flink_cep_cpu", Figures.ratio(vigieCpu, cepCpu))
                .put("vigie_vs_esper_alone_cpu", Figures.ratio(vigieCpu, esperCpu));
        AlertComparison c = r.vigieVsCep();
        f.put("same_alerts", c.same())
                .put("alerts_vigie", c.leftCount())
                .put("alerts_flink_cep", c.rightCount())
                .put("alerts_vigie_by_rule", c.leftByRule())
                .put("alerts_flink_cep_by_rule", c.rightByRule())
                .put("only_vigie", c.onlyLeft())
                .put("only_flink_cep", c.onlyRight())
                .put("first_differences", c.firstDifferences())
                .put("same_alerts_esper_alone", r.vigieVsEsper().same())
                .put("alerts_esper_alone", r.vigieVsEsper().rightCount())
                .put("first_differences_esper_alone", r.vigieVsEsper().firstDifferences())
                .put("late_events_vigie", r.vigieLate())
                .put("late_events_flink_cep", r.cepLate());
        return f;
    }
}
