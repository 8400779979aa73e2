package org.vigie.job;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.deploy.embedded.LocalFlink;
import org.vigie.job.config.VigieConfig;

/** Brokers and job runs for tests: every topic Vigie uses, and the job run to the end of its input. */
final class JobRuns {

    private JobRuns() {
    }

    static EmbeddedKafka broker() {
        EmbeddedKafka kafka = new EmbeddedKafka().start();
        VigieConfig.Topics t = VigieConfig.Topics.defaults();
        kafka.createTopics(2, t.inputs().toArray(String[]::new));
        kafka.createTopics(2, t.outputs().toArray(String[]::new));
        kafka.createTopics(1, t.feedback());
        kafka.createTopics(1, true, t.rules());
        return kafka;
    }

    static VigieConfig config(EmbeddedKafka kafka) {
        return VigieConfig.parse("kafka: {bootstrap: '" + kafka.bootstrapServers() + "'}\n"
                + "job: {checkpoint-interval: 1s}\n"
                // Idleness is measured in processing time: a partition the reader is merely slow on would be
                // declared idle and its events turned late, so tests of exact results keep it long.
                + "event-time: {out-of-orderness: 30s, idleness: 5m}\n"
                + "pseudonymization: {key-id: test-1, key: test-key-0123456789abcdef}\n");
    }

    /** Runs the job over everything already in the input topics, to the end. */
    static void runBounded(EmbeddedKafka kafka, RuleSet rules, int parallelism) throws Exception {
        StreamExecutionEnvironment env = LocalFlink.of(parallelism).environment();
        VigieConfig config = config(kafka);
        VigieJob.define(env, config, rules, true);
        env.execute("vigie-test");
    }
}
