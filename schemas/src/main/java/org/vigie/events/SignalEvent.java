package org.vigie.events;

/**
 * What every signal has, whatever its source: an id unique within its source kind, the id of the device or channel
 * that produced it, its event time (epoch milliseconds, UTC), its position (WGS84) and the zone it falls in.
 */
public sealed interface SignalEvent permits CameraDetection, DumpingObservation, TrafficEvent, CitizenReport {

    String id();

    String sourceId();

    long eventTime();

    double lat();

    double lon();

    /** The zone assigned at ingest from the zone map; {@code null} only before ingest has assigned it. */
    String zone();

    SourceKind sourceKind();

    /** A copy of this event placed in {@code zone}. */
    SignalEvent withZone(String zone);
}
