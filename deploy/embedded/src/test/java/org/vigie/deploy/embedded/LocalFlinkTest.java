package org.vigie.deploy.embedded;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalFlinkTest {

    // The job and the test share the JVM (and class loader): the job parks here while the test inspects sockets.
    static final CountDownLatch RUNNING = new CountDownLatch(1);
    static final CountDownLatch INSPECTED = new CountDownLatch(1);

    @Test
    void configurationBindsEverythingToLoopback() {
        Configuration c = new LocalFlink(2, 4, 0).configuration();
        assertEquals("127.0.0.1", c.get(JobManagerOptions.BIND_HOST));
        assertEquals("127.0.0.1", c.get(TaskManagerOptions.BIND_HOST));
        assertEquals("127.0.0.1", c.get(TaskManagerOptions.HOST));
        assertEquals("127.0.0.1", c.get(RestOptions.BIND_ADDRESS));
        assertEquals("127.0.0.1", c.get(RestOptions.ADDRESS));
        assertEquals(4, c.get(TaskManagerOptions.NUM_TASK_SLOTS));
        assertEquals(0, c.get(RestOptions.PORT));
    }

    @Test
    void rejectsFewerSlotsThanParallelism() {
        assertThrows(IllegalArgumentException.class, () -> new LocalFlink(4, 2, 0));
    }

    @Test
    void runsAJobWithEveryListenerOnLoopback() throws Exception {
        Configuration extra = new Configuration();
        extra.set(RestOptions.BIND_ADDRESS, "0.0.0.0");
        StreamExecutionEnvironment env = LocalFlink.of(2).environment(extra);
        env.fromSequence(1, 1_000)
                .rebalance()
                .map(LocalFlinkTest::parkOnce).name("park")
                .sinkTo(new DiscardingSink<>());
        JobClient job = env.executeAsync("loopback-check");
        try {
            assertTrue(RUNNING.await(60, TimeUnit.SECONDS), "job did not start");
            if (ListeningSockets.supported()) {
                List<InetSocketAddress> listening = ListeningSockets.ofThisProcess();
                assertFalse(listening.isEmpty());
                assertEquals(List.of(), ListeningSockets.nonLoopback(), "all: " + listening);
                for (InetAddress a : EmbeddedKafkaTest.nonLoopbackAddresses()) {
                    for (InetSocketAddress l : listening) {
                        assertFalse(EmbeddedKafkaTest.accepts(a, l.getPort()), l.getPort() + " reachable on " + a);
                    }
                }
            }
        } finally {
            INSPECTED.countDown();
        }
        job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
    }

    private static long parkOnce(long v) throws InterruptedException {
        if (RUNNING.getCount() > 0) {
            RUNNING.countDown();
            INSPECTED.await(60, TimeUnit.SECONDS);
        }
        return v;
    }
}
