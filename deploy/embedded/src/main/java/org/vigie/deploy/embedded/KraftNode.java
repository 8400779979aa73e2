package org.vigie.deploy.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One started KRaft broker+controller process-in-a-JVM and its log directory: a single start attempt. */
final class KraftNode {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    final Path logDir;
    final int brokerPort;
    final int controllerPort;
    private KafkaRaftServer server;

    private KraftNode(Path logDir, int brokerPort, int controllerPort) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /** Formats a fresh log dir, starts the server, returns once the broker is listed; cleans up on failure. */
    static KraftNode start(Map<String, String> overrides) {
        Path dir;
        try {
            dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "vigie-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Kafka log dir under java.io.tmpdir", e);
        }
        int broker = FreePort.pick();
        int controller;
        do {
            controller = FreePort.pick();
        } while (controller == broker);
        KraftNode node = new KraftNode(dir, broker, controller);
        try {
            KafkaConfig config = new KafkaConfig(BrokerConfig.of(broker, controller, dir, overrides), false);
            node.format();
            node.server = new KafkaRaftServer(config, Time.SYSTEM);
            node.server.startup();
            node.awaitReady();
            return node;
        } catch (RuntimeException e) {
            node.stop();
            throw e;
        }
    }

    String bootstrapServers() {
        return BrokerConfig.LOOPBACK + ":" + brokerPort;
    }

    /** Shuts the server down and deletes the log dir. */
    void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
        TempDirs.deleteRecursively(logDir);
    }

    private void format() {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(BrokerConfig.NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(BrokerConfig.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setHasDynamicQuorum(false)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka log dir " + logDir, e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(1, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // Not up yet: the admin client keeps retrying against the same address.
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
        throw new IllegalStateException("Kafka at " + bootstrapServers() + " did not answer within " + READY_TIMEOUT);
    }
}
