package org.vigie.schemas.wire;

import org.vigie.events.TrafficEvent;

/** {@link TrafficEvent} fields (detector events, Linear Road segments and lanes). */
final class TrafficMapping extends SignalMapping<TrafficEvent> {

    static final TrafficMapping INSTANCE = new TrafficMapping();

    private static final EnumLookup<TrafficEvent.Kind> KINDS = new EnumLookup<>(TrafficEvent.Kind.class);

    private TrafficMapping() {
        super(TrafficEvent.class);
    }

    @Override
    TrafficEvent read(Common c, FieldSource in) throws DecodeException {
        return new TrafficEvent(c.id(), c.sourceId(), c.eventTime(), c.lat(), c.lon(), c.zone(),
                KINDS.parse("kind", in.string("kind")),
                Checks.nonBlank("segmentId", in.string("segmentId")),
                in.optInteger("lane"),
                Checks.nonNegative("speedKmh", in.optNumber("speedKmh")),
                Checks.nonNegative("flow", in.optInteger("flow")),
                Checks.range("occupancy", in.optNumber("occupancy"), 0, 1));
    }

    @Override
    void writeOwn(TrafficEvent e, FieldSink out) {
        out.enumName("kind", e.kind());
        out.string("segmentId", e.segmentId());
        out.integer("lane", e.lane());
        out.number("speedKmh", e.speedKmh());
        out.integer("flow", e.flow());
        out.number("occupancy", e.occupancy());
    }
}
