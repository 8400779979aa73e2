package org.vigie.deploy.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedKafkaTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafka().start();
        System.out.println("embedded Kafka started in " + kafka.startupTime().toMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void startsInAFewSecondsOnLoopback() {
        assertTrue(kafka.startupTime().compareTo(Duration.ofSeconds(20)) < 0, "startup " + kafka.startupTime());
        assertTrue(kafka.bootstrapServers().startsWith("127.0.0.1:"), kafka.bootstrapServers());
        assertTrue(Files.isDirectory(kafka.logDir()));
        assertTrue(kafka.logDir().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));
    }

    @Test
    void createsTopicsWithTheGivenPartitionsAndCompaction() throws Exception {
        kafka.createTopics(3, "t.plain.a", "t.plain.b");
        kafka.createTopics(2, true, "t.compacted");
        kafka.createTopics(3, "t.plain.a");
        try (Admin admin = kafka.admin()) {
            Map<String, TopicDescription> d =
                    admin.describeTopics(List.of("t.plain.a", "t.plain.b", "t.compacted")).allTopicNames().get();
            assertEquals(3, d.get("t.plain.a").partitions().size());
            assertEquals(3, d.get("t.plain.b").partitions().size());
            assertEquals(2, d.get("t.compacted").partitions().size());
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, "t.compacted");
            String policy = admin.describeConfigs(List.of(r)).all().get().get(r).get("cleanup.policy").value();
            assertEquals("compact", policy);
        }
    }

    @Test
    void producesAndConsumesRoundTrip() {
        kafka.createTopics(2, "t.roundtrip");
        try (KafkaProducer<byte[], byte[]> p = kafka.producer()) {
            for (int i = 0; i < 100; i++) {
                p.send(new ProducerRecord<>("t.roundtrip", null, 1_000L + i, bytes("k" + i), bytes("v" + i)));
            }
            p.flush();
        }
        List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = kafka.consumer("g-roundtrip")) {
            c.subscribe(List.of("t.roundtrip"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < 100 && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> batch = c.poll(Duration.ofMillis(200));
                batch.forEach(seen::add);
            }
        }
        assertEquals(100, seen.size());
        // Old synthetic timestamps survive: retention is off.
        assertTrue(seen.stream().allMatch(r -> r.timestamp() >= 1_000L && r.timestamp() < 1_100L));
        assertEquals(100, kafka.readAll("t.roundtrip", Duration.ofSeconds(10)).size());
    }

    @Test
    void readAllStopsAtTheEndAndHonoursReadCommitted() {
        kafka.createTopics(1, "t.tx");
        try (KafkaProducer<byte[], byte[]> p = kafka.producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-1"))) {
            p.initTransactions();
            p.beginTransaction();
            p.send(new ProducerRecord<>("t.tx", bytes("committed")));
            p.commitTransaction();
            p.beginTransaction();
            p.send(new ProducerRecord<>("t.tx", bytes("aborted")));
            p.flush();
            p.abortTransaction();
        }
        List<ConsumerRecord<byte[], byte[]>> committed = kafka.readAll("t.tx", Duration.ofSeconds(10), true);
        assertEquals(1, committed.size());
        assertArrayEquals(bytes("committed"), committed.get(0).value());
        assertEquals(2, kafka.readAll("t.tx", Duration.ofSeconds(10), false).size());
    }

    @Test
    void readAllOfAMissingTopicTimesOutWithoutCreatingIt() throws Exception {
        assertThrows(org.apache.kafka.common.errors.TimeoutException.class,
                () -> kafka.readAll("t.missing", Duration.ofMillis(500)));
        try (Admin admin = kafka.admin()) {
            assertFalse(admin.listTopics().names().get().contains("t.missing"));
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        if (ListeningSockets.supported()) {
            List<InetSocketAddress> mine = ListeningSockets.ofThisProcess();
            Set<Integer> ports = Set.of(kafka.brokerPort(), kafka.controllerPort());
            assertTrue(mine.stream().map(InetSocketAddress::getPort).toList().containsAll(ports), mine.toString());
            assertEquals(List.of(), ListeningSockets.nonLoopback());
        }
        for (InetAddress a : nonLoopbackAddresses()) {
            assertFalse(accepts(a, kafka.brokerPort()), "broker reachable on " + a);
            assertFalse(accepts(a, kafka.controllerPort()), "controller reachable on " + a);
        }
    }

    @Test
    void closeStopsTheBrokerAndDeletesItsLogDir() throws Exception {
        EmbeddedKafka other = new EmbeddedKafka().start();
        Path dir = other.logDir();
        int port = other.brokerPort();
        other.createTopics(1, "t.close");
        other.close();
        other.close();
        assertFalse(Files.exists(dir));
        assertFalse(accepts(InetAddress.getLoopbackAddress(), port));
        assertThrows(IllegalStateException.class, other::bootstrapServers);
    }

    static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (ni.isUp()) {
                Collections.list(ni.getInetAddresses()).stream()
                        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).forEach(out::add);
            }
        }
        return out;
    }

    static boolean accepts(InetAddress address, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (ConnectException | SocketTimeoutException e) {
            return false;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
