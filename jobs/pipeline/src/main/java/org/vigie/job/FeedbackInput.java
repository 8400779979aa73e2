package org.vigie.job;

import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vigie.alerts.feedback.FeedbackCodec;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.incidents.IncidentTypes;
import org.vigie.job.config.VigieConfig;
import org.vigie.schemas.wire.DecodeException;

/** Operator decisions from the feedback topic; {@link FeedbackJoin} runs them on the alerts' event time. */
final class FeedbackInput {

    private FeedbackInput() {
    }

    static SingleOutputStreamOperator<OperatorFeedback> stream(StreamExecutionEnvironment env, VigieConfig config,
                                                              boolean bounded) {
        return ControlTopic.stream(env, config, config.topics().feedback(), "feedback", FeedbackInput::decode,
                IncidentTypes.FEEDBACK, bounded);
    }

    private static OperatorFeedback decode(ConsumerRecord<byte[], byte[]> r) throws DecodeException {
        return new FeedbackCodec().fromJson(r.value() == null ? new byte[0] : r.value());
    }
}
