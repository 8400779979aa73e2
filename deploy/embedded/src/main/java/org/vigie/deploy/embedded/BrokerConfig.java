package org.vigie.deploy.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The server properties of the single-node KRaft broker+controller on loopback: the embedded broker's, and the local
 * cluster's broker process's.
 */
public final class BrokerConfig {

    public static final int NODE_ID = 1;
    static final String LOOPBACK = "127.0.0.1";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String BROKER_LISTENER = "PLAINTEXT";

    private BrokerConfig() {
    }

    public static Properties of(int brokerPort, int controllerPort, Path logDir, Map<String, String> overrides) {
        String broker = BROKER_LISTENER + "://" + LOOPBACK + ":" + brokerPort;
        String controller = CONTROLLER_LISTENER + "://" + LOOPBACK + ":" + controllerPort;
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        p.put("listeners", broker + "," + controller);
        p.put("advertised.listeners", broker + "," + controller);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
        // One node: every internal topic must make do with one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Simulated event times are old (or ahead): the default 7-day retention would delete fresh segments, and the
        // default 1-hour "future timestamp" limit would refuse records stamped with a simulated time ahead of now.
        p.put("log.retention.ms", "-1");
        p.put("log.message.timestamp.after.max.ms", String.valueOf(Long.MAX_VALUE));
        // The cleaner allocates its dedupe buffer up front (128 MiB by default); compacted test topics are tiny.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8L * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.putAll(overrides);
        return p;
    }
}
