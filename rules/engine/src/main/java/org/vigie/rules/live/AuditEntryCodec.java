package org.vigie.rules.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.schemas.wire.DecodeException;

/**
 * {@link AuditEntry} on the {@value RuleTopics#AUDIT} topic: value = one JSON object with the record's fields
 * ({@code action} by name, {@code at} in epoch ms). Unknown fields are ignored on read. Thread-safe, stateless.
 */
public final class AuditEntryCodec {

    private AuditEntryCodec() {
    }

    public static byte[] toJson(AuditEntry entry) {
        ObjectNode node = LiveJson.object();
        node.put("at", entry.at());
        node.put("actor", entry.actor());
        node.put("action", entry.action().name());
        node.put("subject", entry.subject());
        node.put("details", entry.details());
        return LiveJson.write(node);
    }

    /** @throws DecodeException naming the missing or malformed field */
    public static AuditEntry fromJson(byte[] bytes) throws DecodeException {
        JsonNode node = LiveJson.parse(bytes);
        return new AuditEntry(
                LiveJson.time(node, "at"),
                LiveJson.string(node, "actor"),
                LiveJson.enumValue(node, "action", AuditEntry.Action.class),
                LiveJson.string(node, "subject"),
                LiveJson.optString(node, "details"));
    }
}
