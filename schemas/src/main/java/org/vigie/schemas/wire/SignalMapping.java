package org.vigie.schemas.wire;

import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;

/**
 * The fields of one signal kind, both ways, written once for every format (JSON and Avro go through
 * {@link FieldSource} and {@link FieldSink}). The common fields come first, as in the records.
 */
abstract class SignalMapping<E extends SignalEvent> {

    private final Class<E> type;

    SignalMapping(Class<E> type) {
        this.type = type;
    }

    static SignalMapping<?> of(SourceKind kind) {
        switch (kind) {
            case CAMERA:
                return CameraMapping.INSTANCE;
            case DUMPING_SENSOR:
                return DumpingMapping.INSTANCE;
            case TRAFFIC:
                return TrafficMapping.INSTANCE;
            case CITIZEN_REPORT:
                return CitizenMapping.INSTANCE;
            default:
                throw new IllegalArgumentException("no mapping for " + kind);
        }
    }

    final E read(FieldSource in) throws DecodeException {
        return read(Common.read(in), in);
    }

    final void write(SignalEvent event, FieldSink out) {
        E e = type.cast(event);
        Common.write(e, out);
        writeOwn(e, out);
    }

    /** Reads the fields specific to this kind. */
    abstract E read(Common c, FieldSource in) throws DecodeException;

    /** Writes the fields specific to this kind. */
    abstract void writeOwn(E event, FieldSink out);
}
