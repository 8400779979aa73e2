package org.vigie.job;

import org.vigie.alerts.feedback.AuditRecord;
import org.vigie.correlate.RuleOutcome;

import java.util.Map;

/** A rule change's outcome as a line of the audit trail: who changed which rule, and what the job did. */
final class RuleAudit {

    private RuleAudit() {
    }

    static AuditRecord of(RuleOutcome o) {
        return new AuditRecord(o.author() == null ? "unknown" : "author:" + o.author(), "RULE_" + o.status().name(),
                o.at(), "rule:" + o.ruleId(), o.message().isEmpty()
                        ? Map.of("version", String.valueOf(o.version()))
                        : Map.of("version", String.valueOf(o.version()), "message", o.message()));
    }
}
