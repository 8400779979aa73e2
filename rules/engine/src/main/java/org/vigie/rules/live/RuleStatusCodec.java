package org.vigie.rules.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.schemas.wire.DecodeException;

/**
 * {@link RuleStatus} on the {@value RuleTopics#RULE_STATUS} topic: key = rule id, value = one JSON object with the
 * record's fields ({@code status} by name, {@code at} in epoch ms, {@code subtask} left out when null). Unknown
 * fields are ignored on read. Thread-safe, stateless.
 */
public final class RuleStatusCodec {

    private RuleStatusCodec() {
    }

    public static byte[] toJson(RuleStatus status) {
        ObjectNode node = LiveJson.object();
        node.put("ruleId", status.ruleId());
        node.put("version", status.version());
        node.put("status", status.status().name());
        node.put("message", status.message());
        node.put("at", status.at());
        if (status.subtask() != null) {
            node.put("subtask", status.subtask());
        }
        return LiveJson.write(node);
    }

    /** @throws DecodeException naming the missing or malformed field */
    public static RuleStatus fromJson(byte[] bytes) throws DecodeException {
        JsonNode node = LiveJson.parse(bytes);
        String message = LiveJson.optString(node, "message");
        return new RuleStatus(
                LiveJson.string(node, "ruleId"),
                LiveJson.integer(node, "version"),
                LiveJson.enumValue(node, "status", RuleStatus.Status.class),
                message,
                LiveJson.time(node, "at"),
                LiveJson.optInteger(node, "subtask"));
    }
}
