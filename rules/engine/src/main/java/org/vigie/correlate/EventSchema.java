package org.vigie.correlate;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;

/**
 * The Esper object-array layout of one Vigie record type: its fields in record-component order, how to turn a record
 * into the {@code Object[]} Esper holds (one accessor call per field, no reflection) and back.
 *
 * <p>The six fields every {@link SignalEvent} has come first, in the same order for all four types, so code that only
 * needs them (alert explanation) can read them by the index constants below whatever the type.
 *
 * @param <E> the record type
 */
public final class EventSchema<E extends SignalEvent> {

    public static final int ID = 0;
    public static final int SOURCE_ID = 1;
    public static final int EVENT_TIME = 2;
    public static final int LAT = 3;
    public static final int LON = 4;
    public static final int ZONE = 5;

    private final SourceKind kind;
    private final Class<E> recordType;
    private final List<EventField<E>> fields;
    private final Function<Object[], E> factory;
    // Accessors unpacked into an array: toObjectArray runs once per event on the hot path.
    private final Function<? super E, Object>[] accessors;

    @SuppressWarnings("unchecked")
    EventSchema(SourceKind kind, Class<E> recordType, List<EventField<E>> fields, Function<Object[], E> factory) {
        this.kind = kind;
        this.recordType = recordType;
        this.fields = List.copyOf(fields);
        this.factory = factory;
        this.accessors = this.fields.stream().map(EventField::accessor).toArray(Function[]::new);
    }

    public SourceKind kind() {
        return kind;
    }

    /** The EPL event type name, as rules write it in {@code from} clauses and patterns. */
    public String eplName() {
        return kind.eplType();
    }

    public Class<E> recordType() {
        return recordType;
    }

    public List<EventField<E>> fields() {
        return fields;
    }

    /** The record as the {@code Object[]} Esper holds for it, fields in schema order, enums as constant names. */
    public Object[] toObjectArray(E event) {
        Object[] row = new Object[accessors.length];
        for (int i = 0; i < accessors.length; i++) {
            row[i] = accessors[i].apply(event);
        }
        return row;
    }

    /** The inverse of {@link #toObjectArray}: rebuilds the record from an Esper row (replay, scenarios). */
    public E fromObjectArray(Object[] row) {
        if (row.length != fields.size()) {
            throw new IllegalArgumentException(eplName() + " has " + fields.size() + " fields, got " + row.length);
        }
        return factory.apply(row);
    }

    /** The {@code create schema} statement declaring this type: public, bus-visible, eventTime as start timestamp. */
    public String schemaEpl() {
        StringJoiner columns = new StringJoiner(", ");
        for (EventField<E> f : fields) {
            columns.add(f.name() + " " + f.type().eplType());
        }
        return "@public @buseventtype create objectarray schema " + eplName() + "(" + columns + ")"
                + " starttimestamp eventTime";
    }
}
