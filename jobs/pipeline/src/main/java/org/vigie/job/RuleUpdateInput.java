package org.vigie.job;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vigie.correlate.RuleUpdate;
import org.vigie.job.config.VigieConfig;
import org.vigie.rules.live.RuleChangeCodec;
import org.vigie.schemas.wire.DecodeException;

/**
 * Live rule changes from the compacted rules topic, read with {@link RuleChangeCodec}, the codec
 * {@code vigie rules deploy} writes them with: key = rule id, value = a {@code RuleChange} as JSON, a tombstone
 * deletes. Read from the earliest offset so a fresh job sees every standing change; a record that is not a change
 * goes to the dead-letter topic with the codec's reason. Whether a readable change is a good one is for the
 * correlate operator to decide, and to answer on the rule-status topic.
 */
final class RuleUpdateInput {

    private RuleUpdateInput() {
    }

    static SingleOutputStreamOperator<RuleUpdate> stream(StreamExecutionEnvironment env, VigieConfig config,
                                                         boolean bounded) {
        return ControlTopic.stream(env, config, config.topics().rules(), "rules", RuleUpdateInput::decode,
                TypeInformation.of(RuleUpdate.class), bounded);
    }

    static RuleUpdate decode(ConsumerRecord<byte[], byte[]> r) throws DecodeException {
        String ruleId = RuleChangeCodec.ruleId(r.key());
        return new RuleUpdate(ruleId, r.value() == null ? null : RuleChangeCodec.fromJson(r.value()));
    }
}
