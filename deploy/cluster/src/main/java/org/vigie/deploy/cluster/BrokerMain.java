package org.vigie.deploy.cluster;

import org.vigie.job.config.VigieConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The local cluster's Kafka broker as a process of its own: a single KRaft node ({@link KraftBroker}) on 127.0.0.1
 * with every Vigie topic, that stays up until it is sent SIGTERM. Once it answers, it writes its bootstrap address to
 * {@code kafka/bootstrap} in the work dir, which is how {@code up}, {@code status} and {@code submit} find it.
 *
 * <p>Usage: {@code BrokerMain <work dir> <partitions> <port>}, port 0 for any free one. Its data lives under
 * {@code kafka/data} and is deleted when it stops: a local cluster's topics do not survive {@code down}.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BrokerMain <work dir> <partitions> <port>");
        }
        long t0 = System.nanoTime();
        ClusterLayout layout = new ClusterLayout(Path.of(args[0]));
        int partitions = Integer.parseInt(args[1]);
        int[] free = Loopback.freePorts(2);
        int port = Integer.parseInt(args[2]) == 0 ? free[0] : Integer.parseInt(args[2]);
        int controllerPort = free[1] == port ? free[0] : free[1];
        Path data = layout.kafka().resolve("data");
        Files.createDirectories(data);
        CountDownLatch started = new CountDownLatch(1);
        KraftBroker[] kafka = new KraftBroker[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(layout.bootstrapFile());
                // SIGTERM during start: the JVM ends with the half-started server; the next up clears kafka/.
                if (started.getCount() == 0) {
                    kafka[0].close();
                    deleteRecursively(data);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("broker shutdown: " + e);
            }
        }, "broker-shutdown"));
        kafka[0] = KraftBroker.start(data, port, controllerPort);
        started.countDown();
        VigieConfig.Topics t = VigieConfig.Topics.defaults();
        kafka[0].createTopics(allTopics(t), compactedTopics(t), partitions);
        writeAtomically(layout.bootstrapFile(), kafka[0].bootstrapServers());
        System.out.printf("Kafka broker up on %s in %d ms, %d partitions per Vigie topic%n",
                kafka[0].bootstrapServers(), (System.nanoTime() - t0) / 1_000_000, partitions);
        new CountDownLatch(1).await(); // until SIGTERM: the shutdown hook stops the broker
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

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
