package org.vigie.deploy.cluster;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.vigie.deploy.embedded.BrokerConfig;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local cluster's single KRaft node (broker and controller) on a port chosen by the caller: {@code cluster up}
 * puts it on 127.0.0.1:9092, where {@code deploy/local/vigie.yaml} and every Kafka tool look first. The tests' broker
 * ({@code EmbeddedKafka}) always picks its ports itself, hence this class; the server properties are the same.
 */
final class KraftBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int NODE_ID = BrokerConfig.NODE_ID;

    private final Path dataDir;
    private final int port;
    private KafkaRaftServer server;

    private KraftBroker(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Formats {@code dataDir} (which must be empty), starts the node, returns once it answers on {@code port}. */
    static KraftBroker start(Path dataDir, int port, int controllerPort) {
        KraftBroker b = new KraftBroker(dataDir, port);
        try {
            new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID).setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(dataDir.toString()).setDirectories(List.of(dataDir.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION).setHasDynamicQuorum(false).run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka data dir " + dataDir, e);
        }
        b.server = new KafkaRaftServer(new KafkaConfig(properties(dataDir, port, controllerPort), false), Time.SYSTEM);
        b.server.startup();
        b.awaitReady();
        return b;
    }

    String bootstrapServers() {
        return Loopback.ADDRESS + ":" + port;
    }

    /** Creates the topics (one replica) and waits until every partition has a leader. */
    void createTopics(Collection<String> topics, Collection<String> compacted, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, partitions, (short) 1).configs(
                    compacted.contains(t) ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                            TopicConfig.CLEANUP_POLICY_COMPACT) : Map.of())).toList()).all().get(30, TimeUnit.SECONDS);
            // The controller acknowledges creation before the broker has applied it: a client racing it would get
            // "unknown topic".
            await("leaders of " + topics, () -> admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS)
                    .values().stream().map(TopicDescription::partitions).flatMap(List::stream)
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + topics, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private void awaitReady() {
        try (Admin admin = admin()) {
            await("Kafka at " + bootstrapServers(),
                    () -> !admin.describeCluster().nodes().get(1, TimeUnit.SECONDS).isEmpty());
        }
    }

    private static void await(String what, Check check) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
                Thread.sleep(50);
            } catch (ExecutionException | TimeoutException e) {
                // Not ready yet: the admin client retries against the same address.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("no " + what + " within " + READY_TIMEOUT.toSeconds() + " s");
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws ExecutionException, TimeoutException, InterruptedException;
    }

    private static Properties properties(Path dataDir, int port, int controllerPort) {
        return BrokerConfig.of(port, controllerPort, dataDir, Map.of());
    }
}
