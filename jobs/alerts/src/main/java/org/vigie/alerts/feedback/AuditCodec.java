package org.vigie.alerts.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.schemas.wire.DecodeException;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Audit records as JSON, one object per Kafka record on {@code vigie.audit}:
 *
 * <pre>
 * {"who": "operator:op-17", "what": "DISMISS_FALSE", "when": "2025-03-14T09:31:00.000+00:00",
 *  "whenMs": 1741944660000, "subject": "incident:port-nord:ILLEGAL_DUMPING:3f9a0c1b2d4e",
 *  "details": {"outcome": "cancelled", "reason": "delivery van, not dumping"}}
 * </pre>
 *
 * {@code details} keys are written in order and all values are strings. Thread-safe.
 */
public final class AuditCodec {

    public byte[] toJson(AuditRecord r) {
        ObjectNode node = JsonFields.MAPPER.createObjectNode();
        node.put("who", r.who());
        node.put("what", r.what());
        node.put("when", JsonFields.iso(r.when()));
        node.put("whenMs", r.when());
        node.put("subject", r.subject());
        ObjectNode details = node.putObject("details");
        r.sortedDetails().forEach(details::put);
        return JsonFields.write(node);
    }

    /** @throws DecodeException naming the missing or malformed field */
    public AuditRecord fromJson(byte[] bytes) throws DecodeException {
        JsonNode node = JsonFields.parseObject(bytes);
        Map<String, String> details = new HashMap<>();
        JsonNode d = node.get("details");
        if (d != null && !d.isNull()) {
            if (!d.isObject()) {
                throw new DecodeException("field 'details' must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                details.put(e.getKey(), e.getValue().asText());
            }
        }
        return new AuditRecord(JsonFields.requiredText(node, "who"), JsonFields.requiredText(node, "what"),
                JsonFields.requiredTime(node, "when"), JsonFields.requiredText(node, "subject"), details);
    }
}
