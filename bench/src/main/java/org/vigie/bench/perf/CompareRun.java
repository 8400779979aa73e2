package org.vigie.bench.perf;

import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.Alert;
import org.vigie.job.PassThroughJob;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.WireFormat;

import java.time.Duration;
import java.util.List;

/**
 * One side-by-side run over one pre-loaded input: Vigie's full job, the pass-through job, Flink CEP and Esper alone,
 * on the reference rules; then the alerts of Vigie and Flink CEP (and of Esper alone) compared.
 *
 * <p>Order: Vigie's job runs first, cold, then the pass-through and Flink CEP jobs, which find the shared code paths
 * (Kafka client, ingest, sinks) already compiled by the JIT. Every ratio is therefore conservative for Vigie.
 */
final class CompareRun {

    static final String REFERENCE_PACK = "classpath:reference";
    static final String PASSTHROUGH_TOPIC = "vigie.bench.passthrough";

    /** What one run measured. */
    record Result(long events, JobTimer.Timing vigie, JobTimer.Timing passthrough, JobTimer.Timing cep,
                  EsperAlone.Result esper, AlertComparison vigieVsCep, AlertComparison vigieVsEsper,
                  long vigieLate, long cepLate, List<String> rules) {
    }

    private CompareRun() {
    }

    /**
     * @param checkpointInterval of the three jobs: it bounds how long a bounded job waits at its end for the
     *                           checkpoint that commits its last transaction (the shipped default is 5 s)
     */
    static Result run(EmbeddedKafka kafka, long events, int parallelism, long seed, WireFormat format,
                      Duration checkpointInterval) throws Exception {
        CityConfig city = PerfInput.city(seed, events);
        System.out.printf("loading %,d events into %s...%n", events, kafka.bootstrapServers());
        long t0 = System.nanoTime();
        long loaded = PerfInput.load(kafka, events, city, format);
        RuleSet rules = RuleSet.load(List.of(REFERENCE_PACK));
        VigieConfig vigie = PerfConfigs.forRun(kafka, "vigie", parallelism, checkpointInterval);
        VigieConfig pass = PerfConfigs.forRun(kafka, "passthrough", parallelism, checkpointInterval);
        VigieConfig cep = PerfConfigs.forRun(kafka, "cep", parallelism, checkpointInterval);
        kafka.createTopics(2, PASSTHROUGH_TOPIC);
        System.out.printf("%-28s %.1f s%n", "loaded, topics created:", (System.nanoTime() - t0) / 1e9);

        JobTimer.Timing vigieTime = JobTimer.run("vigie-bench-vigie", parallelism,
                env -> VigieJob.define(env, vigie, rules, true));
        JobTimer.Timing passTime = JobTimer.run("vigie-bench-passthrough", parallelism,
                env -> PassThroughJob.define(env, pass, PASSTHROUGH_TOPIC, true));
        JobTimer.Timing cepTime = JobTimer.run("vigie-bench-flink-cep", parallelism,
                env -> CepReferenceJob.define(env, cep, true));

        EsperAlone.Result esper = EsperAlone.run(rules.compiledRules(),
                PerfInput.acceptedBatches(city, events, vigie, format, PerfInput.BATCH));
        System.out.printf("%-28s %.1f s, %.1f cpu-s%n", "esper alone:", esper.seconds(), esper.cpuSeconds());

        List<Alert> vigieAlerts = TopicReader.alerts(kafka, vigie.topics().alerts());
        List<Alert> cepAlerts = TopicReader.alerts(kafka, cep.topics().alerts());
        return new Result(loaded, vigieTime, passTime, cepTime, esper,
                AlertComparison.of("vigie", vigieAlerts, "flink_cep", cepAlerts),
                AlertComparison.of("vigie", vigieAlerts, "esper_alone", esper.alerts()),
                TopicReader.count(kafka, vigie.topics().late()), TopicReader.count(kafka, cep.topics().late()),
                rules.ruleIds());
    }
}
