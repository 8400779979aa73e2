package org.vigie.correlate;

import com.espertech.esper.common.client.EventPropertyDescriptor;
import com.espertech.esper.common.client.EventPropertyGetter;
import com.espertech.esper.common.client.EventType;
import com.espertech.esper.common.client.FragmentEventType;
import java.util.ArrayList;
import java.util.List;

/**
 * How to read one statement's output rows, worked out once at deploy from the statement's event type: which columns
 * hold Vigie events (pattern tags, {@code window(*) @eventbean}, stream aliases of a join), which hold scalar values,
 * and whether the row itself is a Vigie event ({@code select * from CameraDetection}). Getters are resolved here so
 * reading a row needs no lookup by name.
 */
final class OutputPlan {

    /** A column whose value is a Vigie event ({@code indexed == false}) or an array of them. */
    record EventColumn(String name, EventPropertyGetter getter, boolean indexed) {
    }

    /** A column whose value is a scalar, reported in the alert's values as text. */
    record ValueColumn(String name, EventPropertyGetter getter) {
    }

    private final boolean rowIsEvent;
    private final List<EventColumn> eventColumns;
    private final List<ValueColumn> valueColumns;
    private final EventPropertyGetter zoneGetter;

    private OutputPlan(boolean rowIsEvent, List<EventColumn> eventColumns, List<ValueColumn> valueColumns,
                       EventPropertyGetter zoneGetter) {
        this.rowIsEvent = rowIsEvent;
        this.eventColumns = List.copyOf(eventColumns);
        this.valueColumns = List.copyOf(valueColumns);
        this.zoneGetter = zoneGetter;
    }

    /**
     * The plan for rows of {@code type}.
     *
     * @throws RuleDeployException if no column can carry a Vigie event (every match would be unexplained), or a column
     *                             carries events whose type Esper does not report (raw {@code window(*)})
     */
    static OutputPlan of(String ruleId, EventType type) {
        if (EventSchemas.ofEplName(type.getName()) != null) {
            return new OutputPlan(true, List.of(), List.of(), null);
        }
        List<EventColumn> events = new ArrayList<>();
        List<ValueColumn> values = new ArrayList<>();
        EventPropertyGetter zone = null;
        for (EventPropertyDescriptor p : type.getPropertyDescriptors()) {
            String name = p.getPropertyName();
            FragmentEventType fragment = type.getFragmentType(name);
            if (fragment != null) {
                if (EventSchemas.ofEplName(fragment.getFragmentType().getName()) != null) {
                    events.add(new EventColumn(name, type.getGetter(name), fragment.isIndexed()));
                }
            } else if (p.getPropertyType() != null && p.getPropertyType().isArray()
                    && p.getPropertyType().getComponentType() != null
                    && (p.getPropertyType().getComponentType() == Object.class
                        || p.getPropertyType().getComponentType() == Object[].class)) {
                throw new RuleDeployException(ruleId, "column '" + name + "' holds events without their type: mark it"
                        + " @eventbean (e.g. window(*) @eventbean as " + name + ") so alerts can list them");
            } else {
                values.add(new ValueColumn(name, type.getGetter(name)));
                if (name.equals("zone") && p.getPropertyType() == String.class) {
                    zone = type.getGetter(name);
                }
            }
        }
        if (events.isEmpty()) {
            throw new RuleDeployException(ruleId, "the rule selects no event, so its alerts could not say what they"
                    + " are based on: select pattern tags, *, a stream alias or window(*) @eventbean");
        }
        return new OutputPlan(false, events, values, zone);
    }

    boolean rowIsEvent() {
        return rowIsEvent;
    }

    List<EventColumn> eventColumns() {
        return eventColumns;
    }

    List<ValueColumn> valueColumns() {
        return valueColumns;
    }

    /** The getter of a selected String column named {@code zone}, or {@code null}. */
    EventPropertyGetter zoneGetter() {
        return zoneGetter;
    }
}
