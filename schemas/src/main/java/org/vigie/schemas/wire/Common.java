package org.vigie.schemas.wire;

import org.vigie.events.SignalEvent;

/** The fields every signal has, read and checked once for all four kinds. {@code zone} may be absent in input. */
record Common(String id, String sourceId, long eventTime, double lat, double lon, String zone) {

    static Common read(FieldSource in) throws DecodeException {
        return new Common(
                Checks.nonBlank("id", in.string("id")),
                Checks.nonBlank("sourceId", in.string("sourceId")),
                in.time("eventTime"),
                Checks.range("lat", in.number("lat"), -90, 90),
                Checks.range("lon", in.number("lon"), -180, 180),
                in.optString("zone"));
    }

    static void write(SignalEvent e, FieldSink out) {
        out.string("id", e.id());
        out.string("sourceId", e.sourceId());
        out.time("eventTime", e.eventTime());
        out.number("lat", e.lat());
        out.number("lon", e.lon());
        out.string("zone", e.zone());
    }
}
