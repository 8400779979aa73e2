package org.vigie.correlate;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.rules.live.RuleStatus;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The correlate operator's metrics. Labelled series get names of their own ({@code eventsLate} by {@code source},
 * {@code ruleMatches} by {@code rule}, {@code ruleChanges} by {@code status}): Prometheus wants one label set per
 * metric name, so they cannot share a name with the unlabelled totals.
 */
final class CorrelateMetrics {

    private final MetricGroup group;
    private final Counter eventsIn;
    private final Counter lateEvents;
    private final Map<SourceKind, Counter> lateBySource = new EnumMap<>(SourceKind.class);
    private final Counter alertsOut;
    private final Counter alertsSuppressed;
    private final Map<String, Counter> matchesByRule = new HashMap<>();
    private final Map<RuleStatus.Status, Counter> ruleChanges = new EnumMap<>(RuleStatus.Status.class);
    private long eventWatermark = Long.MIN_VALUE;

    CorrelateMetrics(MetricGroup group, LongSupplier bufferedEvents) {
        this.group = group;
        eventsIn = group.counter("eventsIn");
        lateEvents = group.counter("lateEvents");
        for (SourceKind k : SourceKind.values()) {
            lateBySource.put(k, group.addGroup("source", k.eplType()).counter("eventsLate"));
        }
        alertsOut = group.counter("alertsOut");
        alertsSuppressed = group.counter("alertsSuppressedOnReplay");
        group.gauge("bufferedEvents", bufferedEvents::getAsLong);
        // The operator's own input watermark is the minimum over both inputs, and the rule-change input has none.
        group.gauge("eventWatermark", () -> eventWatermark);
    }

    void eventIn() {
        eventsIn.inc();
    }

    void late(SignalEvent e) {
        lateEvents.inc();
        lateBySource.get(e.sourceKind()).inc();
    }

    /** Registers a rule's match counter at 0, so a rule that has not fired yet is a series, not a gap. */
    void rule(String ruleId) {
        matches(ruleId);
    }

    void alertOut(String ruleId) {
        alertsOut.inc();
        matches(ruleId).inc();
    }

    private Counter matches(String ruleId) {
        return matchesByRule.computeIfAbsent(ruleId, id -> group.addGroup("rule", id).counter("ruleMatches"));
    }

    void alertSuppressed() {
        alertsSuppressed.inc();
    }

    void alertsSuppressed(int n) {
        alertsSuppressed.inc(n);
    }

    void ruleChange(RuleStatus.Status status) {
        ruleChanges.computeIfAbsent(status, s -> group.addGroup("status", s.name()).counter("ruleChanges")).inc();
    }

    void watermark(long eventTime) {
        eventWatermark = eventTime;
    }
}
