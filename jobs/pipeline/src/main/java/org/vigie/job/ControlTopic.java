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
import org.vigie.events.DeadLetter;
import org.vigie.ingest.SplitRefused;
import org.vigie.job.config.VigieConfig;

import java.io.Serializable;
import java.util.Locale;
import java.util.Properties;

/**
 * A topic people and tools write for the job to read (operator feedback, rule changes): read from the earliest
 * offset, with no watermarks (its records carry no event time; the operators that read it run on the signals'
 * clock), and every record that does not decode kept on the dead-letter topic with its reason
 * ({@link SplitRefused#DEAD_LETTERS}).
 */
final class ControlTopic {

    /** Decodes one record; any exception is the reason it is refused. Control topics are sparse: no reuse needed. */
    interface Decoder<T> extends Serializable {
        T decode(ConsumerRecord<byte[], byte[]> record) throws Exception;
    }

    private record Decoded<T>(T value, DeadLetter refused) {
    }

    private ControlTopic() {
    }

    static <T> SingleOutputStreamOperator<T> stream(StreamExecutionEnvironment env, VigieConfig config, String topic,
                                                    String name, Decoder<T> decoder, TypeInformation<T> type,
                                                    boolean bounded) {
        Properties props = new Properties();
        props.putAll(config.kafka().properties());
        var builder = KafkaSource.<Decoded<T>>builder()
                .setBootstrapServers(config.kafka().bootstrap())
                .setTopics(topic)
                .setGroupId(config.kafka().groupId())
                .setProperties(props)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new Deserializer<>(decoder));
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        String id = name.toLowerCase(Locale.ROOT);
        return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "source: " + topic)
                .setParallelism(1).uid("source-" + id)
                .process(new Split<T>(), type).setParallelism(1).name(name + ": split refused").uid("split-" + id);
    }

    private static final class Deserializer<T> implements KafkaRecordDeserializationSchema<Decoded<T>> {
        private static final long serialVersionUID = 1L;
        private final Decoder<T> decoder;

        Deserializer(Decoder<T> decoder) {
            this.decoder = decoder;
        }

        @Override
        public void open(DeserializationSchema.InitializationContext context) {
            // Nothing to set up: decoders make what they need.
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<Decoded<T>> out) {
            try {
                out.collect(new Decoded<>(decoder.decode(r), null));
            } catch (Exception e) {
                out.collect(new Decoded<>(null, new DeadLetter(r.topic(), r.partition(), r.offset(),
                        String.valueOf(e.getMessage()), r.value() == null ? new byte[0] : r.value(),
                        System.currentTimeMillis())));
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public TypeInformation<Decoded<T>> getProducedType() {
            return (TypeInformation<Decoded<T>>) (TypeInformation<?>) TypeInformation.of(Decoded.class);
        }
    }

    private static final class Split<T> extends ProcessFunction<Decoded<T>, T> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(Decoded<T> in, Context ctx, Collector<T> out) {
            if (in.refused() == null) {
                out.collect(in.value());
            } else {
                ctx.output(SplitRefused.DEAD_LETTERS, in.refused());
            }
        }
    }
}
