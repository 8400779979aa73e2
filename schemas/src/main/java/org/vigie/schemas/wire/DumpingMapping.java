package org.vigie.schemas.wire;

import org.vigie.events.DumpingObservation;

/** {@link DumpingObservation} fields (SensorThings Observation). */
final class DumpingMapping extends SignalMapping<DumpingObservation> {

    static final DumpingMapping INSTANCE = new DumpingMapping();

    private static final EnumLookup<DumpingObservation.Kind> KINDS = new EnumLookup<>(DumpingObservation.Kind.class);

    private DumpingMapping() {
        super(DumpingObservation.class);
    }

    @Override
    DumpingObservation read(Common c, FieldSource in) throws DecodeException {
        return new DumpingObservation(c.id(), c.sourceId(), c.eventTime(), c.lat(), c.lon(), c.zone(),
                KINDS.parse("kind", in.string("kind")),
                in.optNumber("value"),
                in.optString("unit"));
    }

    @Override
    void writeOwn(DumpingObservation e, FieldSink out) {
        out.enumName("kind", e.kind());
        out.number("value", e.value());
        out.string("unit", e.unit());
    }
}
