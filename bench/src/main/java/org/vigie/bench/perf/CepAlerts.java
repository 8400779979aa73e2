package org.vigie.bench.perf;

import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.util.Collector;
import org.vigie.correlate.AlertIds;
import org.vigie.correlate.ReleaseOrder;
import org.vigie.events.Alert;
import org.vigie.events.EventRef;
import org.vigie.events.SignalEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a Flink CEP match into an {@link Alert} built as Vigie builds one (contributing events sorted by time, kind
 * and id; window = first..last contributing time; stable id), so both engines' alerts go through the same codec and
 * the same comparison.
 */
final class CepAlerts extends PatternProcessFunction<SignalEvent, Alert> {

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final Alert.Severity severity;
    private final String description;

    CepAlerts(CepReference.Rule rule) {
        this.ruleId = rule.id();
        this.severity = rule.severity();
        this.description = rule.description();
    }

    @Override
    public void processMatch(Map<String, List<SignalEvent>> match, Context ctx, Collector<Alert> out) {
        List<SignalEvent> events = new ArrayList<>();
        match.values().forEach(events::addAll);
        events.sort(ReleaseOrder.EVENTS);
        List<EventRef> refs = events.stream().map(EventRef::of).toList();
        long start = refs.get(0).eventTime();
        long end = refs.get(refs.size() - 1).eventTime();
        String zone = events.get(0).zone();
        out.collect(new Alert(AlertIds.of(ruleId, 1, zone, start, end), ruleId, 1, zone, severity,
                severity.basePriority(), end, start, end, description, refs, Map.of()));
    }
}
