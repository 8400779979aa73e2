package org.vigie.deploy.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Kafka (KRaft broker and controller in this JVM), listening on 127.0.0.1 only, with its log
 * directory in a fresh temporary directory under {@code java.io.tmpdir} that {@link #close()} deletes.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
 *     kafka.createTopics(4, "vigie.in.camera");
 *     ...
 *     List<ConsumerRecord<byte[], byte[]>> out = kafka.readAll("vigie.alerts", Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * <p>Records are retained forever ({@code log.retention.ms=-1}) and accepted whatever their timestamp, because
 * simulated event times are far from the wall clock. Kafka's own KafkaClusterTestKit is not used: it binds 0.0.0.0.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int START_ATTEMPTS = 3;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, String> overrides;
    private KraftNode node;
    private Duration startupTime;

    /** A broker with Vigie's test defaults. */
    public EmbeddedKafka() {
        this(Map.of());
    }

    /** A broker with extra or replaced server properties (e.g. {@code auto.create.topics.enable=false}). */
    public EmbeddedKafka(Map<String, String> serverOverrides) {
        this.overrides = Map.copyOf(serverOverrides);
    }

    /** Formats a log directory, starts the server and returns once {@code Admin.describeCluster} lists the broker. */
    public synchronized EmbeddedKafka start() {
        if (node != null) {
            return this;
        }
        long t0 = System.nanoTime();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                node = KraftNode.start(overrides);
                startupTime = Duration.ofNanos(System.nanoTime() - t0);
                return this;
            } catch (RuntimeException e) {
                // Most likely a port taken between picking and binding: the node cleaned up, try fresh ports.
                last = e;
            }
        }
        throw new IllegalStateException("embedded Kafka did not start in " + START_ATTEMPTS + " attempts", last);
    }

    /** {@code 127.0.0.1:port} of the client listener. */
    public String bootstrapServers() {
        requireStarted();
        return node.bootstrapServers();
    }

    public int brokerPort() {
        requireStarted();
        return node.brokerPort;
    }

    public int controllerPort() {
        requireStarted();
        return node.controllerPort;
    }

    /** The broker's data and metadata directory (deleted by {@link #close()}). */
    public Path logDir() {
        requireStarted();
        return node.logDir;
    }

    /** Wall-clock time {@link #start()} took, including formatting and any retry. */
    public Duration startupTime() {
        requireStarted();
        return startupTime;
    }

    /** Client properties with only {@code bootstrap.servers} set, a base for any client (Flink sources and sinks). */
    public Properties clientProperties() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return p;
    }

    /** A new admin client; the caller closes it. */
    public Admin admin() {
        return Admin.create(clientProperties());
    }

    /** Creates the topics (one replica each) that do not exist yet and waits until every partition has a leader. */
    public void createTopics(int partitions, String... names) {
        createTopics(partitions, false, names);
    }

    /** As {@link #createTopics(int, String...)}, with {@code cleanup.policy=compact} when {@code compacted}. */
    public void createTopics(int partitions, boolean compacted, String... names) {
        Map<String, String> configs = compacted
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT) : Map.of();
        List<NewTopic> topics = Arrays.stream(names)
                .map(n -> new NewTopic(n, partitions, (short) 1).configs(configs)).toList();
        try (Admin admin = admin()) {
            for (var f : admin.createTopics(topics).values().values()) {
                try {
                    await(f);
                } catch (IllegalStateException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            Topics.awaitLeaders(admin, List.of(names), ADMIN_TIMEOUT);
        }
    }

    /** A producer with byte[] keys and values, {@code acks=all}; the caller closes it. */
    public KafkaProducer<byte[], byte[]> producer() {
        return producer(Map.of());
    }

    public KafkaProducer<byte[], byte[]> producer(Map<String, Object> overrides) {
        Map<String, Object> c = new HashMap<>();
        c.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.putAll(overrides);
        return new KafkaProducer<>(c, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A consumer in {@code groupId} with byte[] keys and values, reading from the earliest offset; caller closes. */
    public KafkaConsumer<byte[], byte[]> consumer(String groupId) {
        return consumer(groupId, Map.of());
    }

    public KafkaConsumer<byte[], byte[]> consumer(String groupId, Map<String, Object> overrides) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.putAll(overrides);
        return new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Every record of {@code topic} from the beginning up to its end offsets at call time (read_uncommitted). */
    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration timeout) {
        return readAll(topic, timeout, false);
    }

    /**
     * Every record of {@code topic} from the beginning up to its end offsets at call time, ordered by partition then
     * offset. With {@code readCommitted}, only committed transactional records, up to the last stable offset.
     *
     * @throws org.apache.kafka.common.errors.TimeoutException if the end is not reached within {@code timeout}
     */
    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration timeout, boolean readCommitted) {
        return Topics.readAll(bootstrapServers(), topic, timeout, readCommitted);
    }

    /** Stops the server and deletes its log directory. Idempotent. */
    @Override
    public synchronized void close() {
        stopAndDelete();
    }

    private void stopAndDelete() {
        if (node != null) {
            node.stop();
            node = null;
        }
    }

    private void requireStarted() {
        if (node == null) {
            throw new IllegalStateException("embedded Kafka is not started");
        }
    }

    static <T> T await(KafkaFuture<T> f) {
        try {
            return f.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka admin call timed out after " + ADMIN_TIMEOUT, e);
        }
    }
}
