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
 * Incidents in one zone are at least 30 minutes apart (from one's last event to the next one's first).
 *
 * @param segmentId the road segment of a road incident, {@code null} for dumping
 * @param startTime event time of its first event (T)
 * @param endTime   event time of its last event
 * @param eventIds  ids of its events, in time order
 */
public record GroundTruth(String incidentId, Type type, String zone, String segmentId, long startTime, long endTime,
                          List<String> eventIds) implements SimRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Type { ILLEGAL_DUMPING, ROAD_INCIDENT }

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
