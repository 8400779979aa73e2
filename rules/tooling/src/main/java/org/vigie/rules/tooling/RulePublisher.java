package org.vigie.rules.tooling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.vigie.rules.live.AuditEntry;
import org.vigie.rules.live.AuditEntryCodec;
import org.vigie.rules.live.RuleChange;
import org.vigie.rules.live.RuleChangeCodec;

/**
 * Publishes rule changes and their audit entries in one Kafka transaction: a reader with
 * {@code isolation.level=read_committed} (the job, {@code rules list}) sees all of a deploy or none of it.
 * Creates the rules topic (compacted, one partition so every reader sees changes in one order) and the audit topic
 * when they do not exist yet.
 */
final class RulePublisher {

    private static final long TIMEOUT_S = 60;

    private RulePublisher() {
    }

    static void publish(Map<String, Object> clientConfig, String rulesTopic, String auditTopic,
                        List<RuleChange> changes, List<AuditEntry> audit) {
        ensureTopics(clientConfig, rulesTopic, auditTopic);
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "vigie-rules-deploy-" + UUID.randomUUID());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            try {
                for (RuleChange change : changes) {
                    producer.send(new ProducerRecord<>(rulesTopic, RuleChangeCodec.key(change.ruleId()),
                            RuleChangeCodec.toJson(change)));
                }
                for (AuditEntry entry : audit) {
                    producer.send(new ProducerRecord<>(auditTopic, RuleChangeCodec.key(entry.subject()),
                            AuditEntryCodec.toJson(entry)));
                }
                producer.commitTransaction();
            } catch (RuntimeException e) {
                producer.abortTransaction();
                throw e;
            }
        }
    }

    private static void ensureTopics(Map<String, Object> config, String rulesTopic, String auditTopic) {
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS);
            NewTopic rules = new NewTopic(rulesTopic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            NewTopic auditLog = new NewTopic(auditTopic, Optional.of(1), Optional.empty());
            List<NewTopic> missing = List.of(rules, auditLog).stream()
                    .filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT_S, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the rules topics: " + e.getCause().getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
