package org.vigie.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * An injected incident and the ids of exactly the events that make its signature.
 *
 * <ul>
 *   <li>{@link Type#ILLEGAL_DUMPING} in zone Z at T: a camera in Z sees a VAN or TRUCK VEHICLE IDLE (likelihood
 *       0.7..0.99) at T; a sensor in Z observes DEPOSIT_DETECTED at T+30..120 s; one ILLEGAL_DUMPING report in Z
 *       at T+2..8 min.</li>
 *   <li>{@link Type#ROAD_INCIDENT} on segment S in zone Z at T: STOPPED_VEHICLE on S at T; FLOW on S with
 *       speedKmh &lt; 15 at T+20..90 s; three ROAD_ACCIDENT reports in Z at T+1..10 min.</li>
 * </ul>
 * The other types ({@link IncidentMix}, none by default) are documented on {@link Type}. Incidents in one zone are at
 * least 30 minutes apart (from one's last event, or the end of a device's silence, to the next one's first).
 *
 * @param segmentId the road segment of an incident on a road (road incident, road wrong-way, collisions, a silent
 *                  detector), otherwise {@code null}
 * @param startTime event time of its first event (T)
 * @param endTime   event time of its last event
 * @param eventIds  ids of its events, in time order
 */
public record GroundTruth(String incidentId, Type type, String zone, String segmentId, long startTime, long endTime,
                          List<String> eventIds) implements SimRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was injected; T is the start time, Z the zone, S a road segment of Z. */
    public enum Type {
        /** See {@link GroundTruth}. */
        ILLEGAL_DUMPING,
        /** See {@link GroundTruth}. */
        ROAD_INCIDENT,
        /**
         * Either (camera, segmentId null) a camera of Z flags one CAR, VAN or MOTORCYCLE track WRONG_WAY on 2 or 3
         * frames at T, T+2..6 s and T+6..12 s, at 25-70 km/h; or (road) a detector of S flags WRONG_WAY at T and one
         * WRONG_WAY_DRIVER report comes from Z at T+1..4 min.
         */
        WRONG_WAY,
        /** A camera of Z sees one CAR or VAN track stopped in the bus lane (RESERVED_LANE, 0 km/h) every 40-90 s
         *  from T for 3 to 8 minutes. */
        BUS_LANE_BLOCKED,
        /** A detector of S flags COLLISION at T; one or two ROAD_ACCIDENT reports from Z at T+1..6 min. */
        COLLISION,
        /** On S: STOPPED_VEHICLE at T, COLLISION at T+10..60 s, CONGESTION (3-12 km/h) at T+1..4 min. */
        BLOCKING_COLLISION,
        /**
         * A camera of Z flags one OBJECT track ABANDONED (confidence 0.65..0.98) every 60-120 s from T for 5 to 10
         * minutes; for half of them one ABANDONED_OBJECT report within about 80 m of the camera at T+2..10 min.
         */
        ABANDONED_OBJECT,
        /**
         * A camera of Z counts a crowd (HUMAN, CROWD, 18-45 people) every 30-60 s from T for 10 minutes; one or two
         * FIGHT reports (CROWD for a third of the incidents) from within about 90 m of it at T+1..6 min.
         */
        CROWD_FIGHT,
        /**
         * A camera or a detector of Z (with another device of its kind in Z) sends nothing from T for 20 to 40
         * minutes. The ground truth's only event is its last one before T (startTime); endTime is T.
         */
        DEVICE_SILENT
    }

    public GroundTruth {
        eventIds = List.copyOf(eventIds);
    }

    @Override
    public long time() {
        return endTime;
    }

    /** One JSON object on one line, fields named as the record components. */
    public String toJsonLine() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write ground truth " + incidentId, e);
        }
    }

    public static GroundTruth fromJsonLine(String line) {
        try {
            return JSON.readValue(line, GroundTruth.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a ground-truth line: " + e.getOriginalMessage(), e);
        }
    }
}
