package org.vigie.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vigie.correlate.RuleUpdate;
import org.vigie.job.config.VigieConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Live rule changes from the compacted rules topic: key = rule id, value = the change as JSON
 * ({@code ruleId, version, text, author, ...}), a tombstone deletes. Read from the earliest offset so a fresh job
 * sees every standing change; a record that is not a change goes to the dead-letter topic with its reason.
 */
final class RuleUpdateInput {

    private RuleUpdateInput() {
    }

    static SingleOutputStreamOperator<RuleUpdate> stream(StreamExecutionEnvironment env, VigieConfig config,
                                                         boolean bounded) {
        return ControlTopic.stream(env, config, config.topics().rules(), "rules", RuleUpdateInput::decode,
                TypeInformation.of(RuleUpdate.class), bounded);
    }

    private static RuleUpdate decode(ConsumerRecord<byte[], byte[]> r) throws IOException {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("not a rule change: record key (the rule id) is missing");
        }
        if (r.value() == null) {
            return new RuleUpdate(key, 0, null, null);
        }
        JsonNode n = new ObjectMapper().readTree(r.value());
        String ruleId = n.path("ruleId").asText(key);
        if (!key.equals(ruleId)) {
            throw new IllegalArgumentException("not a rule change: ruleId '" + ruleId + "' differs from the record key '"
                    + key + "'");
        }
        if (!n.path("text").isTextual() || !n.path("version").canConvertToInt()) {
            throw new IllegalArgumentException("not a rule change: fields 'text' (string) and 'version' (integer) "
                    + "are required");
        }
        return new RuleUpdate(key, n.path("version").asInt(), n.path("text").asText(),
                n.path("author").asText("unknown"));
    }
}
