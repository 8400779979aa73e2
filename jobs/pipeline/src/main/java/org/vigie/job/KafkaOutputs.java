package org.vigie.job;

import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.vigie.alerts.cap.CapCodec;
import org.vigie.alerts.cap.CapHeaders;
import org.vigie.alerts.cap.CapMapper;
import org.vigie.alerts.feedback.AuditCodec;
import org.vigie.alerts.feedback.AuditRecord;
import org.vigie.alerts.incidents.IncidentChange;
import org.vigie.correlate.RuleOutcome;
import org.vigie.events.Alert;
import org.vigie.events.DeadLetter;
import org.vigie.events.SignalEvent;
import org.vigie.job.config.VigieConfig;
import org.vigie.rules.live.RuleStatus;
import org.vigie.rules.live.RuleStatusCodec;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.schemas.wire.DeadLetterCodec;
import org.vigie.schemas.wire.SignalCodec;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The job's Kafka sinks. Alerts and late events are keyed by zone so one zone's records stay in order in one
 * partition; dead letters by their source topic. With exactly-once delivery every sink writes in Kafka transactions
 * committed on checkpoints, so consumers read with {@code isolation.level=read_committed}.
 *
 * <p>Each sink's transactional ids start with {@code <kafka.transactional-id-prefix>-<sink name>}. No sink's prefix
 * may be a prefix of another's: a KafkaSink that lists the broker's open transactions to abort the lingering ones
 * takes every id starting with its prefix as its own, so {@code vigie-alerts} would abort the open transactions of
 * {@code vigie-alerts-avro} (whose records would then be lost). Hence {@code alerts-json}, not {@code alerts};
 * {@link #sink} refuses a name that clashes.
 */
public final class KafkaOutputs {

    /** Transactions must outlive a checkpoint interval but stay under the broker's transaction.max.timeout.ms. */
    private static final String TRANSACTION_TIMEOUT_MS = String.valueOf(10 * 60 * 1000);

    private final VigieConfig config;
    /** The transactional-id prefixes of the sinks made so far. */
    private final Set<String> prefixes = new LinkedHashSet<>();

    public KafkaOutputs(VigieConfig config) {
        this.config = config;
    }

    public KafkaSink<Alert> alertsJson() {
        String topic = config.topics().alerts();
        return sink("alerts-json", (Encoder<Alert>) (c, a) -> new ProducerRecord<>(topic, null, a.eventTime(),
                utf8(a.zone()), c.alerts.toJson(a)));
    }

    public KafkaSink<Alert> alertsAvro() {
        String topic = config.topics().alertsAvro();
        return sink("alerts-avro", (Encoder<Alert>) (c, a) -> new ProducerRecord<>(topic, null, a.eventTime(),
                utf8(a.zone()), c.alerts.toAvro(a)));
    }

    public KafkaSink<DeadLetter> deadLetters() {
        String topic = config.topics().deadLetter();
        return sink("deadletter", (Encoder<DeadLetter>) (c, d) -> new ProducerRecord<>(topic, null, null,
                utf8(d.sourceTopic()), c.letters.toJson(d)));
    }

    /** Late events, pseudonymised like everything after ingest. */
    public KafkaSink<SignalEvent> late() {
        return events("late", config.topics().late());
    }

    /** Events as JSON to {@code topic}, keyed by zone; {@code name} tells this sink's transactions apart. */
    public KafkaSink<SignalEvent> events(String name, String topic) {
        return sink(name, (Encoder<SignalEvent>) (c, e) -> new ProducerRecord<>(topic, null, e.eventTime(),
                utf8(e.zone()), c.signals.encodeJson(e, null)));
    }

    /** Incident changes as CAP 1.2 JSON, key = incident id, headers vigie-priority / vigie-incident / vigie-msg-type. */
    public KafkaSink<IncidentChange> capJson(CapMapper mapper) {
        String topic = config.topics().capJson();
        return sink("cap-json", (Encoder<IncidentChange>) (c, i) -> withHeaders(new ProducerRecord<>(topic, null,
                i.time(), CapHeaders.key(i), c.cap.toJson(mapper.map(i))), i));
    }

    /** The same messages as CAP 1.2 XML. */
    public KafkaSink<IncidentChange> capXml(CapMapper mapper) {
        String topic = config.topics().capXml();
        return sink("cap-xml", (Encoder<IncidentChange>) (c, i) -> withHeaders(new ProducerRecord<>(topic, null,
                i.time(), CapHeaders.key(i), c.cap.toXml(mapper.map(i))), i));
    }

    /** What became of each live rule change: {@link RuleStatusCodec} JSON (what `rules list` reads), key = rule id. */
    public KafkaSink<RuleOutcome> ruleStatus() {
        String topic = config.topics().ruleStatus();
        return sink("rule-status", (Encoder<RuleOutcome>) (c, o) -> new ProducerRecord<>(topic,
                utf8(o.ruleId()), RuleStatusCodec.toJson(new RuleStatus(o.ruleId(), o.version(), o.status(),
                        o.message(), o.at(), null))));
    }

    public KafkaSink<AuditRecord> audit() {
        String topic = config.topics().audit();
        return sink("audit", (Encoder<AuditRecord>) (c, r) -> new ProducerRecord<>(topic, c.audit.toJson(r)));
    }

    private static ProducerRecord<byte[], byte[]> withHeaders(ProducerRecord<byte[], byte[]> r, IncidentChange i) {
        CapHeaders.of(i).forEach((name, value) -> r.headers().add(name, value));
        return r;
    }

    /** The transactional-id prefixes of the sinks this instance has made, in the order they were made. */
    Set<String> transactionalIdPrefixes() {
        return Collections.unmodifiableSet(prefixes);
    }

    private <T> KafkaSink<T> sink(String name, Encoder<T> encoder) {
        String prefix = config.kafka().transactionalIdPrefix() + "-" + name;
        for (String other : prefixes) {
            if (other.startsWith(prefix) || prefix.startsWith(other)) {
                throw new IllegalArgumentException("Kafka sink '" + name + "': its transactional-id prefix '" + prefix
                        + "' and that of another sink of the job, '" + other + "', must not be prefixes of each other");
            }
        }
        prefixes.add(prefix);
        Properties props = new Properties();
        props.putAll(config.kafka().properties());
        props.setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS);
        var builder = KafkaSink.<T>builder()
                .setBootstrapServers(config.kafka().bootstrap())
                .setKafkaProducerConfig(props)
                .setRecordSerializer(new Serializer<>(encoder));
        if (config.kafka().delivery() == VigieConfig.Delivery.EXACTLY_ONCE) {
            builder.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                    .setTransactionalIdPrefix(prefix);
        } else {
            builder.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE);
        }
        return builder.build();
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    /** The codecs one sink writer uses; made where the writer runs, as they are not serializable. */
    private static final class Codecs {
        final AlertCodec alerts = new AlertCodec();
        final DeadLetterCodec letters = new DeadLetterCodec();
        final SignalCodec signals = new SignalCodec();
        final CapCodec cap = new CapCodec();
        final AuditCodec audit = new AuditCodec();
    }

    private interface Encoder<T> extends Serializable {
        ProducerRecord<byte[], byte[]> encode(Codecs codecs, T value) throws IOException;
    }

    private static final class Serializer<T> implements KafkaRecordSerializationSchema<T> {
        private static final long serialVersionUID = 1L;
        private final Encoder<T> encoder;
        private transient Codecs codecs;

        Serializer(Encoder<T> encoder) {
            this.encoder = encoder;
        }

        @Override
        public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {
            codecs = new Codecs();
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(T value, KafkaSinkContext context, Long timestamp) {
            try {
                return encoder.encode(codecs, value);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot encode " + value, e);
            }
        }
    }
}
