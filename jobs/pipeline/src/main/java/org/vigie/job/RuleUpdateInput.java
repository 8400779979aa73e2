package org.vigie.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vigie.correlate.RuleUpdate;
import org.vigie.events.DeadLetter;
import org.vigie.ingest.SplitRefused;
import org.vigie.job.config.VigieConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Live rule changes from the compacted rules topic: key = rule id, value = the change as JSON
 * ({@code ruleId, version, text, author, ...}), a tombstone deletes. Read from the earliest offset so a fresh job
 * sees every standing change; a record that is not a change goes to the dead-letter topic with its reason.
 */
final class RuleUpdateInput {

    private RuleUpdateInput() {
    }

    record Decoded(RuleUpdate update, DeadLetter refused) {
    }

    static SingleOutputStreamOperator<RuleUpdate> stream(StreamExecutionEnvironment env, VigieConfig config,
                                                         boolean bounded) {
        Properties props = new Properties();
        props.putAll(config.kafka().properties());
        var builder = KafkaSource.<Decoded>builder()
                .setBootstrapServers(config.kafka().bootstrap())
                .setTopics(config.topics().rules())
                .setGroupId(config.kafka().groupId())
                .setProperties(props)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new Deserializer());
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        // Rule changes have no event time; the correlate operator ignores this input's watermarks.
        DataStream<Decoded> raw = env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(),
                        "source: " + config.topics().rules())
                .setParallelism(1).uid("source-rules");
        return raw.process(new Split(), TypeInformation.of(RuleUpdate.class)).setParallelism(1)
                .name("rules: split refused").uid("split-rules");
    }

    private static final class Deserializer implements KafkaRecordDeserializationSchema<Decoded> {
        private static final long serialVersionUID = 1L;
        private transient ObjectMapper json;

        @Override
        public void open(DeserializationSchema.InitializationContext context) {
            json = new ObjectMapper();
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<Decoded> out) {
            String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
            try {
                out.collect(new Decoded(decode(key, r.value()), null));
            } catch (IOException | IllegalArgumentException e) {
                out.collect(new Decoded(null, new DeadLetter(r.topic(), r.partition(), r.offset(),
                        "not a rule change: " + e.getMessage(), r.value() == null ? new byte[0] : r.value(),
                        System.currentTimeMillis())));
            }
        }

        private RuleUpdate decode(String key, byte[] value) throws IOException {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("record key (the rule id) is missing");
            }
            if (value == null) {
                return new RuleUpdate(key, 0, null, null);
            }
            JsonNode n = json.readTree(value);
            String ruleId = n.path("ruleId").asText(key);
            if (!key.equals(ruleId)) {
                throw new IllegalArgumentException("ruleId '" + ruleId + "' differs from the record key '" + key + "'");
            }
            if (!n.path("text").isTextual() || !n.path("version").canConvertToInt()) {
                throw new IllegalArgumentException("fields 'text' (string) and 'version' (integer) are required");
            }
            return new RuleUpdate(key, n.path("version").asInt(), n.path("text").asText(),
                    n.path("author").asText("unknown"));
        }

        @Override
        public TypeInformation<Decoded> getProducedType() {
            return TypeInformation.of(Decoded.class);
        }
    }

    private static final class Split extends ProcessFunction<Decoded, RuleUpdate> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(Decoded in, Context ctx, Collector<RuleUpdate> out) {
            if (in.update() != null) {
                out.collect(in.update());
            } else {
                ctx.output(SplitRefused.DEAD_LETTERS, in.refused());
            }
        }
    }
}
