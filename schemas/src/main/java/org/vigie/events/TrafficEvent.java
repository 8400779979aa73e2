package org.vigie.events;

/**
 * One traffic-detector event (loop, radar or camera counting), with Linear Road's segment and lane conventions.
 *
 * @param kind      what the detector reports
 * @param segmentId road segment the detector covers
 * @param lane      lane number, or {@code null} for the whole segment
 * @param speedKmh  mean speed over the detector's interval, or {@code null}
 * @param flow      vehicles counted over the interval, or {@code null}
 * @param occupancy fraction of time the detector was occupied, 0..1, or {@code null}
 */
public record TrafficEvent(
        String id,
        String sourceId,
        long eventTime,
        double lat,
        double lon,
        String zone,
        Kind kind,
        String segmentId,
        Integer lane,
        Double speedKmh,
        Integer flow,
        Double occupancy) implements SignalEvent {

    public enum Kind { FLOW, STOPPED_VEHICLE, WRONG_WAY, CONGESTION, COLLISION }

    @Override
    public SourceKind sourceKind() {
        return SourceKind.TRAFFIC;
    }

    @Override
    public TrafficEvent withZone(String zone) {
        return new TrafficEvent(id, sourceId, eventTime, lat, lon, zone, kind, segmentId, lane, speedKmh, flow,
                occupancy);
    }
}
