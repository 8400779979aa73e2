package org.vigie.alerts.feedback;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One line of the audit trail: who did what, when, to which subject.
 *
 * @param who     {@code operator:<id>} for a human, {@code vigie} for the engine
 * @param what    the action, e.g. {@code DISMISS_FALSE}, {@code feedback-rejected}
 * @param when    epoch ms
 * @param subject what was acted on, e.g. {@code incident:<incident id>}
 * @param details further facts as text, sorted by key
 */
public record AuditRecord(String who, String what, long when, String subject, Map<String, String> details) {

    public AuditRecord {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(subject, "subject");
        details = Map.copyOf(details);
    }

    /** The details in key order, for stable output. */
    public Map<String, String> sortedDetails() {
        return new TreeMap<>(details);
    }

    /** An operator's decision and what the engine did with it. */
    public static AuditRecord ofFeedback(OperatorFeedback f, Map<String, String> details) {
        Map<String, String> all = new TreeMap<>(details);
        if (!f.reason().isEmpty()) {
            all.put("reason", f.reason());
        }
        return new AuditRecord("operator:" + f.operatorId(), f.decision().name(), f.time(),
                "incident:" + f.incidentId(), all);
    }
}
