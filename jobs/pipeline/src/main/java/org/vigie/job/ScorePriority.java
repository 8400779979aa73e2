package org.vigie.job;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;
import org.vigie.alerts.priority.Band;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.events.Alert;

import java.util.EnumMap;
import java.util.Map;

/**
 * Replaces an alert's severity-based priority by the policy's band; the id is unchanged (priority is not in it).
 * Counts alerts per band ({@code alertsByPriority}, label {@code priority} = P1…P4).
 */
final class ScorePriority extends RichMapFunction<Alert, Alert> {

    private static final long serialVersionUID = 1L;

    private final PriorityPolicy policy;
    private transient Map<Band, Counter> byBand;

    ScorePriority(PriorityPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void open(OpenContext context) {
        byBand = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            byBand.put(b, getRuntimeContext().getMetricGroup().addGroup("priority", b.name())
                    .counter("alertsByPriority"));
        }
    }

    @Override
    public Alert map(Alert a) {
        Band band = policy.score(a).band();
        byBand.get(band).inc();
        return band.number() == a.priority() ? a : new Alert(a.id(), a.ruleId(), a.ruleVersion(), a.zone(),
                a.severity(), band.number(), a.eventTime(), a.windowStart(), a.windowEnd(), a.description(),
                a.contributing(), a.values());
    }
}
