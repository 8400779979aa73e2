package org.vigie.bench.workload;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.deploy.embedded.LocalFlink;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.WireFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** One camera count: a fresh broker, the city written to it, the full job run to the end, its outputs scored. */
final class WorkloadRun {

    /** The packs an operator of the city runs: the starter rules and the city's own. */
    static final String PACKS = "[classpath:starter, classpath:city]";

    private WorkloadRun() {
    }

    static RunFigures run(int cameras, Duration span, long seed, int parallelism, int operators) throws Exception {
        return run(cameras, span, seed, parallelism, operators, WireFormat.JSON, Duration.ofSeconds(2));
    }

    static RunFigures run(int cameras, Duration span, long seed, int parallelism, int operators, WireFormat format,
                          Duration checkpointInterval) throws Exception {
        CityConfig city = WorkloadCity.of(cameras, span, seed);
        Path work = Files.createTempDirectory("vigie-workload-" + cameras + "-");
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            VigieConfig config = config(kafka, cameras, parallelism, checkpointInterval, work);
            createTopics(kafka, config.topics());
            CityLoad load = CityLoad.write(kafka, city, format);
            System.out.printf("  %,d cameras: %,d events written in %.1f s; running the job...%n", cameras,
                    load.rawEvents(), load.seconds());

            long t0 = System.nanoTime();
            StreamExecutionEnvironment env = LocalFlink.of(parallelism).environment();
            VigieJob.define(env, config, RuleSet.load(config.rulePacks()), true);
            env.execute("vigie-bench-workload-" + cameras);
            double jobSeconds = (System.nanoTime() - t0) / 1e9;

            JobOutputs out = JobOutputs.read(kafka, config.topics());
            Scoring.Score score = Scoring.score(out.alerts(), out.openedIncidents(), load.truths());
            double hours = span.toMillis() / 3_600_000.0;
            RunFigures figures = new RunFigures(cameras, city.dumpingSensors(), city.trafficDetectors(),
                    city.callCentreDesks(), load.rawEvents(), load.flaggedEvents(),
                    RunFigures.round(score.alerts() / hours / operators), score, out.lateEvents(), out.deadLetters(),
                    load.seconds(), jobSeconds);
            System.out.printf("  %,d cameras: %d alerts (%d true), %d incidents opened, recall %.3f, precision %.3f,"
                    + " job %.0f s%n", cameras, score.alerts(), score.trueAlerts(), score.openings(), score.recall(),
                    score.precision(), jobSeconds);
            return figures;
        } finally {
            Workload.deleteTree(work);
        }
    }

    /**
     * The job as deployed, with three bench settings: long idleness (it runs on the wall clock, and a source
     * partition starved on a busy machine must not be declared idle and its events turn late), a 1-minute replay
     * log (it serves recovery only, and there is none here: keeping hours of events would only make checkpoints
     * slow), and a short checkpoint interval (exactly-once outputs are committed at checkpoints, the last one
     * when the input ends), in the run's own directory, deleted after it.
     */
    private static VigieConfig config(EmbeddedKafka kafka, int cameras, int parallelism, Duration checkpoints,
                                      Path work) {
        return VigieConfig.parse("kafka: {bootstrap: '" + kafka.bootstrapServers()
                + "', transactional-id-prefix: 'vigie-workload-" + cameras + "'}\n"
                + "job: {parallelism: " + parallelism + ", checkpoint-interval: " + checkpoints.toMillis() + "ms"
                + ", checkpoint-dir: '" + work.resolve("checkpoints").toUri() + "'}\n"
                + "event-time: {out-of-orderness: 30s, idleness: 10m}\n"
                + "pseudonymization: {key-id: bench-1, key: bench-key-0123456789abcdef}\n"
                + "rules: {packs: " + PACKS + "}\n"
                + "retention: {max-event-age: 1m}\n");
    }

    private static void createTopics(EmbeddedKafka kafka, VigieConfig.Topics t) {
        kafka.createTopics(2, t.inputs().toArray(String[]::new));
        kafka.createTopics(2, t.outputs().toArray(String[]::new));
        kafka.createTopics(1, t.feedback());
        kafka.createTopics(1, true, t.rules());
    }
}
