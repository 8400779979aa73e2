package org.vigie.correlate;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The engine's counters. Written by the thread that drives the engine, readable from any thread (metrics reporters).
 * Per-rule counters outlive an undeploy so they stay monotonic across redeploys.
 */
final class EngineCounters {

    /** Per rule: alerts emitted, and matches dropped because they carried no event. */
    static final class RuleCounters {
        final LongAdder alerts = new LongAdder();
        final LongAdder emptyMatches = new LongAdder();
    }

    final LongAdder eventsIn = new LongAdder();
    private final Map<String, RuleCounters> byRule = new ConcurrentHashMap<>();

    RuleCounters forRule(String ruleId) {
        return byRule.computeIfAbsent(ruleId, id -> new RuleCounters());
    }

    long alerts(String ruleId) {
        RuleCounters c = byRule.get(ruleId);
        return c == null ? 0 : c.alerts.sum();
    }

    long emptyMatches(String ruleId) {
        RuleCounters c = byRule.get(ruleId);
        return c == null ? 0 : c.emptyMatches.sum();
    }

    Map<String, Long> alertsByRule() {
        Map<String, Long> snapshot = new TreeMap<>();
        byRule.forEach((id, c) -> snapshot.put(id, c.alerts.sum()));
        return snapshot;
    }
}
