package org.vigie.job;

import org.apache.flink.api.common.functions.MapFunction;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.events.Alert;

/** Replaces an alert's severity-based priority by the policy's band; the id is unchanged (priority is not in it). */
final class ScorePriority implements MapFunction<Alert, Alert> {

    private static final long serialVersionUID = 1L;

    private final PriorityPolicy policy;

    ScorePriority(PriorityPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Alert map(Alert a) {
        int band = policy.score(a).band().number();
        return band == a.priority() ? a : new Alert(a.id(), a.ruleId(), a.ruleVersion(), a.zone(), a.severity(), band,
                a.eventTime(), a.windowStart(), a.windowEnd(), a.description(), a.contributing(), a.values());
    }
}
