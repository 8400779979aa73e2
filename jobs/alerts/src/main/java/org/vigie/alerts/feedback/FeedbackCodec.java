package org.vigie.alerts.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.schemas.wire.DecodeException;

import java.util.Arrays;
import java.util.Locale;

/**
 * Operator feedback as JSON, one object per Kafka record on {@code vigie.feedback}:
 *
 * <pre>
 * {"incidentId": "port-nord:ILLEGAL_DUMPING:3f9a0c1b2d4e", "decision": "DISMISS_FALSE",
 *  "operatorId": "op-17", "reason": "delivery van, not dumping", "time": "2025-03-14T09:31:00.000+00:00"}
 * </pre>
 *
 * {@code reason} is optional; {@code time} is ISO-8601 with offset or epoch ms; {@code decision} is one of
 * {@link Decision}, case-insensitive. Unknown fields are ignored. Thread-safe.
 */
public final class FeedbackCodec {

    public byte[] toJson(OperatorFeedback f) {
        ObjectNode node = JsonFields.MAPPER.createObjectNode();
        node.put("incidentId", f.incidentId());
        node.put("decision", f.decision().name());
        node.put("operatorId", f.operatorId());
        node.put("reason", f.reason());
        node.put("time", JsonFields.iso(f.time()));
        return JsonFields.write(node);
    }

    /** @throws DecodeException naming the missing or malformed field, for the dead-letter topic */
    public OperatorFeedback fromJson(byte[] bytes) throws DecodeException {
        JsonNode node = JsonFields.parseObject(bytes);
        String incidentId = JsonFields.requiredText(node, "incidentId");
        String decisionText = JsonFields.requiredText(node, "decision");
        Decision decision;
        try {
            decision = Decision.valueOf(decisionText.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DecodeException("field 'decision' must be one of " + Arrays.toString(Decision.values()));
        }
        return new OperatorFeedback(incidentId, decision, JsonFields.requiredText(node, "operatorId"),
                JsonFields.optionalText(node, "reason"), JsonFields.requiredTime(node, "time"));
    }
}
