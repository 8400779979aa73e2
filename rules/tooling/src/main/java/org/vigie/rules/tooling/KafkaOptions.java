package org.vigie.rules.tooling;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** The Kafka connection options the commands share: brokers, and any client property (TLS, SASL, ...). */
final class KafkaOptions {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,...]", description = "Kafka brokers")
    String bootstrap;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
            description = "a Kafka client property, e.g. security.protocol=SSL (repeatable)")
    Map<String, String> properties = new LinkedHashMap<>();

    /** Client configuration: the properties given, then the brokers. */
    Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>(properties);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }
}
