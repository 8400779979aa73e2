package org.vigie.deploy.cluster;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.config.VigieConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local cluster's Kafka broker as a process of its own: a single KRaft node ({@link EmbeddedKafka}) on 127.0.0.1
 * with every Vigie topic, that stays up until it is sent SIGTERM. Once it answers, it writes its bootstrap address to
 * {@code kafka/bootstrap} in the work dir, which is how {@code up}, {@code status} and {@code submit} find it.
 *
 * <p>Usage: {@code BrokerMain <work dir> <partitions>}. Its data lives under {@code kafka/} and is deleted when it
 * stops: a local cluster's topics do not survive {@code down}.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BrokerMain <work dir> <partitions>");
        }
        ClusterLayout layout = new ClusterLayout(Path.of(args[0]));
        int partitions = Integer.parseInt(args[1]);
        EmbeddedKafka kafka = new EmbeddedKafka();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(layout.bootstrapFile());
            } catch (IOException e) {
                System.err.println("cannot delete " + layout.bootstrapFile() + ": " + e.getMessage());
            }
            kafka.close();
            stopped.countDown();
        }, "broker-shutdown"));
        kafka.start();
        VigieConfig.Topics t = VigieConfig.Topics.defaults();
        kafka.createTopics(partitions, plainTopics(t).toArray(String[]::new));
        kafka.createTopics(partitions, true, compactedTopics(t).toArray(String[]::new));
        writeAtomically(layout.bootstrapFile(), kafka.bootstrapServers());
        System.out.printf("Kafka broker up on %s in %d ms, %d partitions per Vigie topic%n",
                kafka.bootstrapServers(), kafka.startupTime().toMillis(), partitions);
        stopped.await();
    }

    /** Every topic the job reads or writes: signals, controls (feedback, rule changes) and outputs. */
    static List<String> allTopics(VigieConfig.Topics t) {
        List<String> all = new ArrayList<>(t.inputs());
        all.addAll(t.controls());
        all.addAll(t.outputs());
        return all;
    }

    /** Keyed by rule id, where only the latest record per key matters: the rule changes and their status. */
    static List<String> compactedTopics(VigieConfig.Topics t) {
        return List.of(t.rules(), t.ruleStatus());
    }

    static List<String> plainTopics(VigieConfig.Topics t) {
        List<String> plain = new ArrayList<>(allTopics(t));
        plain.removeAll(compactedTopics(t));
        return plain;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
