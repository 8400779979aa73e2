package org.vigie.job;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vigie.alerts.feedback.FeedbackCodec;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.incidents.IncidentTypes;
import org.vigie.events.DeadLetter;
import org.vigie.ingest.SplitRefused;
import org.vigie.job.config.VigieConfig;
import org.vigie.schemas.wire.DecodeException;

import java.util.Properties;

/**
 * Operator decisions from the feedback topic, with no watermarks: {@link FeedbackJoin} runs on the alerts' event
 * time. A record that does not decode goes to the dead-letter topic with its
 * reason, like refused signals ({@link SplitRefused#DEAD_LETTERS}).
 */
final class FeedbackInput {

    private FeedbackInput() {
    }

    /** One decoded record or its refusal. */
    record Decoded(OperatorFeedback feedback, DeadLetter refused) {
    }

    static SingleOutputStreamOperator<OperatorFeedback> stream(StreamExecutionEnvironment env, VigieConfig config,
                                                              boolean bounded) {
        Properties props = new Properties();
        props.putAll(config.kafka().properties());
        var builder = KafkaSource.<Decoded>builder()
                .setBootstrapServers(config.kafka().bootstrap())
                .setTopics(config.topics().feedback())
                .setGroupId(config.kafka().groupId())
                .setProperties(props)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new Deserializer());
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "source: " + config.topics().feedback())
                .uid("source-feedback")
                .process(new Split(), IncidentTypes.FEEDBACK).name("feedback: split refused").uid("split-feedback");
    }

    private static final class Deserializer implements KafkaRecordDeserializationSchema<Decoded> {
        private static final long serialVersionUID = 1L;
        private transient FeedbackCodec codec;

        @Override
        public void open(DeserializationSchema.InitializationContext context) {
            codec = new FeedbackCodec();
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<Decoded> out) {
            try {
                out.collect(new Decoded(codec.fromJson(r.value() == null ? new byte[0] : r.value()), null));
            } catch (DecodeException | RuntimeException e) {
                out.collect(new Decoded(null, new DeadLetter(r.topic(), r.partition(), r.offset(), e.getMessage(),
                        r.value() == null ? new byte[0] : r.value(), System.currentTimeMillis())));
            }
        }

        @Override
        public TypeInformation<Decoded> getProducedType() {
            return TypeInformation.of(Decoded.class);
        }
    }

    private static final class Split extends ProcessFunction<Decoded, OperatorFeedback> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(Decoded in, Context ctx, Collector<OperatorFeedback> out) {
            if (in.feedback() != null) {
                out.collect(in.feedback());
            } else {
                ctx.output(SplitRefused.DEAD_LETTERS, in.refused());
            }
        }
    }
}
