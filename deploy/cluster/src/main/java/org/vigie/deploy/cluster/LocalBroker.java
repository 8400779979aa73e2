package org.vigie.deploy.cluster;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The local cluster's broker as seen from outside its process: its address, and topics on it. */
public final class LocalBroker {

    private final ClusterLayout layout;

    LocalBroker(ClusterLayout layout) {
        this.layout = layout;
    }

    /** {@code 127.0.0.1:port}, once the broker process has written it. */
    public Optional<String> bootstrapServers() {
        try {
            return Files.exists(layout.bootstrapFile())
                    ? Optional.of(Files.readString(layout.bootstrapFile()).trim()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + layout.bootstrapFile(), e);
        }
    }

    public String requireBootstrapServers() {
        return bootstrapServers().orElseThrow(() -> new IllegalStateException(
                "the local Kafka broker is not up (no " + layout.bootstrapFile() + "): run `vigie cluster up`"));
    }

    /**
     * Creates those of {@code topics} that do not exist yet, with {@code partitions} partitions and one replica;
     * those also in {@code compacted} with {@code cleanup.policy=compact}.
     */
    public void ensureTopics(Collection<String> topics, Collection<String> compacted, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                requireBootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().distinct().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1).configs(compacted.contains(t)
                            ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                            : Map.of())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + topics + ": " + e.getMessage(), e);
        }
    }
}
