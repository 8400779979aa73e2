package org.vigie.rules.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.vigie.schemas.wire.DecodeException;

/**
 * {@link RuleChange} on the {@value RuleTopics#RULES} topic: key = rule id in UTF-8, value = one JSON object with
 * the record's fields ({@code submittedAt} in epoch ms; read also as ISO-8601 with offset). Absent optional fields
 * are left out; unknown fields are ignored on read. Thread-safe, stateless.
 */
public final class RuleChangeCodec {

    private RuleChangeCodec() {
    }

    /** The record key of a rule. */
    public static byte[] key(String ruleId) {
        return ruleId.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The rule id a record key names.
     *
     * @throws DecodeException if the key is absent or empty
     */
    public static String ruleId(byte[] key) throws DecodeException {
        if (key == null || key.length == 0) {
            throw new DecodeException("record has no key: the key must be the rule id");
        }
        return new String(key, StandardCharsets.UTF_8);
    }

    public static byte[] toJson(RuleChange change) {
        ObjectNode node = LiveJson.object();
        node.put("ruleId", change.ruleId());
        node.put("version", change.version());
        node.put("text", change.text());
        node.put("author", change.author());
        node.put("submittedAt", change.submittedAt());
        if (change.pack() != null) {
            node.put("pack", change.pack());
        }
        if (change.comment() != null) {
            node.put("comment", change.comment());
        }
        return LiveJson.write(node);
    }

    /**
     * Reads a change written by {@link #toJson} (or by hand).
     *
     * @throws DecodeException naming the missing or malformed field
     */
    public static RuleChange fromJson(byte[] bytes) throws DecodeException {
        JsonNode node = LiveJson.parse(bytes);
        return new RuleChange(
                LiveJson.string(node, "ruleId"),
                LiveJson.integer(node, "version"),
                LiveJson.string(node, "text"),
                LiveJson.string(node, "author"),
                LiveJson.time(node, "submittedAt"),
                LiveJson.optString(node, "pack"),
                LiveJson.optString(node, "comment"));
    }
}
