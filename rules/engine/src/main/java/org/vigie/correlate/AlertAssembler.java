package org.vigie.correlate;

import com.espertech.esper.common.client.EventBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.events.Alert;
import org.vigie.events.EventRef;
import org.vigie.events.SourceKind;

/**
 * Turns one output row of a rule's statement into an explained {@link Alert}. Runs only for matches, never per input
 * event, so it may allocate and format.
 */
final class AlertAssembler {

    // Sorting and de-duplication in one: two refs are the same event iff (eventTime, kind, id) are equal.
    private static final Comparator<EventRef> ORDER = Comparator.comparingLong(EventRef::eventTime)
            .thenComparing(EventRef::kind)
            .thenComparing(EventRef::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final CompiledRule rule;
    private final OutputPlan plan;

    AlertAssembler(CompiledRule rule, OutputPlan plan) {
        this.rule = rule;
        this.plan = plan;
    }

    /** The alert for {@code row}, or {@code null} if the row carries no Vigie event (a rule-authoring error). */
    Alert assemble(EventBean row) {
        TreeMap<EventRef, String> zonesByRef = new TreeMap<>(ORDER);
        if (plan.rowIsEvent()) {
            collect(row, zonesByRef);
        }
        for (OutputPlan.EventColumn column : plan.eventColumns()) {
            Object fragment = column.getter().getFragment(row);
            if (fragment instanceof EventBean event) {
                collect(event, zonesByRef);
            } else if (fragment instanceof EventBean[] events) {
                for (EventBean event : events) {
                    collect(event, zonesByRef);
                }
            }
        }
        if (zonesByRef.isEmpty()) {
            return null;
        }
        List<EventRef> contributing = new ArrayList<>(zonesByRef.keySet());
        long windowStart = contributing.get(0).eventTime();
        long windowEnd = contributing.get(contributing.size() - 1).eventTime();
        Object selectedZone = plan.zoneGetter() == null ? null : plan.zoneGetter().get(row);
        String zone = selectedZone != null ? (String) selectedZone : zonesByRef.firstEntry().getValue();
        return new Alert(
                AlertIds.of(rule.id(), rule.version(), zone, windowStart, windowEnd),
                rule.id(), rule.version(), zone, rule.severity(), rule.severity().basePriority(),
                windowEnd, windowStart, windowEnd, rule.description(), contributing, values(row));
    }

    private static void collect(EventBean event, Map<EventRef, String> zonesByRef) {
        EventSchema<?> schema = EventSchemas.ofEplName(event.getEventType().getName());
        if (schema == null || !(event.getUnderlying() instanceof Object[] row)) {
            return;
        }
        SourceKind kind = schema.kind();
        EventRef ref = new EventRef((String) row[EventSchema.ID], kind, (String) row[EventSchema.SOURCE_ID],
                (Long) row[EventSchema.EVENT_TIME]);
        zonesByRef.putIfAbsent(ref, (String) row[EventSchema.ZONE]);
    }

    private Map<String, String> values(EventBean row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (OutputPlan.ValueColumn column : plan.valueColumns()) {
            Object value = column.getter().get(row);
            if (value != null) {
                values.put(column.name(), value instanceof Object[] array ? Arrays.deepToString(array)
                        : String.valueOf(value));
            }
        }
        return values;
    }
}
