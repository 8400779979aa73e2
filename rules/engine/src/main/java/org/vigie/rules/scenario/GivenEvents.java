package org.vigie.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.vigie.correlate.EventField;
import org.vigie.correlate.EventSchema;
import org.vigie.correlate.EventSchemas;
import org.vigie.correlate.FieldType;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;

/**
 * Builds the event of one {@code given} entry from its YAML fields, using {@link EventSchemas} for the field names,
 * types and enum constants. Ids, source ids and positions get defaults; so do a camera's likelihood (1.0) and a
 * report's status (OPEN). Unknown fields are an error naming the field.
 */
final class GivenEvents {

    private static final Map<SourceKind, String> SHORT_NAMES = Map.of(SourceKind.CAMERA, "cam",
            SourceKind.DUMPING_SENSOR, "dump", SourceKind.TRAFFIC, "traffic", SourceKind.CITIZEN_REPORT, "report");
    private static final Map<String, Object> DEFAULTS = Map.of("lat", 0.0, "lon", 0.0, "likelihood", 1.0,
            "status", "OPEN");

    private GivenEvents() {
    }

    /**
     * @param where     "file, scenario 'x', given #3", for messages
     * @param number    the entry's 1-based position, for default ids
     * @param eventTime the event's absolute time
     */
    static SignalEvent build(String where, int number, JsonNode entry, long eventTime) {
        String typeName = entry.path("type").asText(null);
        EventSchema<?> schema = typeName == null ? null : EventSchemas.ofEplName(typeName);
        if (schema == null) {
            throw new ScenarioFormatException(where + ": 'type' must be one of " + typeNames()
                    + (typeName == null ? "" : ", got '" + typeName + "'"));
        }
        List<? extends EventField<?>> fields = schema.fields();
        Object[] row = new Object[fields.size()];
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("type") && !name.equals("at") && indexOf(fields, name) < 0) {
                throw new ScenarioFormatException(where + ": unknown field '" + name + "' for " + typeName
                        + " (fields: " + String.join(", ", fieldNames(fields)) + ")");
            }
        }
        String shortName = SHORT_NAMES.get(schema.kind());
        for (int i = 0; i < fields.size(); i++) {
            EventField<?> field = fields.get(i);
            JsonNode value = entry.get(field.name());
            if (field.name().equals("eventTime")) {
                if (value != null) {
                    throw new ScenarioFormatException(where + ": eventTime is set by 'at', leave it out");
                }
                row[i] = eventTime;
            } else if (value != null && !value.isNull()) {
                row[i] = convert(where, field, value);
            } else if (value == null && field.name().equals("id")) {
                row[i] = shortName + "-" + number;
            } else if (value == null && field.name().equals("sourceId")) {
                row[i] = shortName + "-src";
            } else if (value == null && DEFAULTS.containsKey(field.name())) {
                row[i] = DEFAULTS.get(field.name());
            } else if (!field.nullable()) {
                throw new ScenarioFormatException(where + ": " + typeName + " needs field '" + field.name() + "'");
            }
        }
        return schema.fromObjectArray(row);
    }

    private static Object convert(String where, EventField<?> field, JsonNode value) {
        String bad = where + ": field '" + field.name() + "' ";
        switch (field.type()) {
            case STRING:
                if (!value.isValueNode()) {
                    throw new ScenarioFormatException(bad + "must be a single value");
                }
                return value.asText();
            case ENUM:
                if (!field.constants().contains(value.asText())) {
                    throw new ScenarioFormatException(bad + "must be one of " + field.constants() + ", got '"
                            + value.asText() + "'");
                }
                return value.asText();
            case LONG:
            case NULLABLE_INTEGER:
                if (!value.canConvertToLong() || !value.isIntegralNumber()) {
                    throw new ScenarioFormatException(bad + "must be an integer, got '" + value.asText() + "'");
                }
                return field.type() == FieldType.LONG ? (Object) value.asLong() : (Object) value.asInt();
            default:
                if (!value.isNumber()) {
                    throw new ScenarioFormatException(bad + "must be a number, got '" + value.asText() + "'");
                }
                return value.asDouble();
        }
    }

    private static int indexOf(List<? extends EventField<?>> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> fieldNames(List<? extends EventField<?>> fields) {
        List<String> names = new ArrayList<>();
        for (EventField<?> f : fields) {
            if (!f.name().equals("eventTime")) {
                names.add(f.name());
            }
        }
        return names;
    }

    private static List<String> typeNames() {
        return EventSchemas.all().stream().map(EventSchema::eplName).toList();
    }
}
