package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.deploy.embedded.LocalFlink;
import org.vigie.job.PassThroughJob;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code vigie bench throughput}: N simulator events are loaded into the input topics once; then, in one run, the
 * pass-through job and the full job each read all of them to the end. Both are timed from submission to finish on
 * the same local cluster, so their ratio is what correlation costs on this machine.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Full job vs pass-through job over the same topic: events/s and their ratio.")
public final class ThroughputBench implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "1000000", description = "Events to load. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(names = "--parallelism", defaultValue = "2", description = "Job parallelism. Default: ${DEFAULT-VALUE}")
    int parallelism;

    @Option(names = "--format", defaultValue = "JSON", description = "Input wire format: ${COMPLETION-CANDIDATES}")
    WireFormat format;

    @Option(names = "--out", description = "Write the figures to this JSON file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            System.out.printf("loading %,d events into %s...%n", events, kafka.bootstrapServers());
            long loaded = BenchInput.load(kafka, events, BenchInput.bigCity(1), format);
            VigieConfig config = VigieConfig.parse("kafka: {bootstrap: '" + kafka.bootstrapServers() + "'}\n"
                    + "job: {parallelism: " + parallelism + ", checkpoint-interval: 10s}\n"
                    + "pseudonymization: {key-id: bench-1, key: bench-key-0123456789abcdef}\n");

            double passSeconds = time(() -> {
                StreamExecutionEnvironment env = LocalFlink.of(parallelism).environment();
                PassThroughJob.define(env, config, "vigie.bench.passthrough", true);
                env.execute("vigie-bench-passthrough");
            });
            System.out.printf("pass-through: %,.0f events/s (%.1f s)%n", loaded / passSeconds, passSeconds);

            RuleSet rules = RuleSet.load(config.rulePacks());
            double fullSeconds = time(() -> {
                StreamExecutionEnvironment env = LocalFlink.of(parallelism).environment();
                VigieJob.define(env, config, rules, true);
                env.execute("vigie-bench-full");
            });
            System.out.printf("full job:     %,.0f events/s (%.1f s)%n", loaded / fullSeconds, fullSeconds);

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("benchmark", "throughput");
            figures.put("measured_at", Instant.now().toString());
            figures.put("events", loaded);
            figures.put("parallelism", parallelism);
            figures.put("cores", Runtime.getRuntime().availableProcessors());
            figures.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
            figures.put("rules", rules.ruleIds());
            figures.put("passthrough_seconds", round(passSeconds));
            figures.put("full_seconds", round(fullSeconds));
            figures.put("passthrough_events_per_s", Math.round(loaded / passSeconds));
            figures.put("full_events_per_s", Math.round(loaded / fullSeconds));
            figures.put("ratio", round(passSeconds / fullSeconds));
            String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures);
            System.out.println(json);
            if (out != null) {
                Files.writeString(out, json + "\n");
            }
        }
        return 0;
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double time(Run run) throws Exception {
        long t0 = System.nanoTime();
        run.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
