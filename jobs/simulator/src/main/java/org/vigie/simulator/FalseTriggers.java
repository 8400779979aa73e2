package org.vigie.simulator;

/**
 * Background that looks like evidence of an incident on its own: the analytics and detector misfires of an ordinary
 * day, per device, so that a city with more devices has more of them. Each is a single source's signal that a good
 * rule needs corroboration (a second frame of the same track, another kind of source, persistence) to act on.
 *
 * @param wrongWayGlitchesPerCameraPerHour    one frame of a passing vehicle flagged WRONG_WAY, on a track of its own
 * @param wrongWayManoeuvresPerCameraPerHour  a vehicle reversing or turning across the line at walking pace: WRONG_WAY
 *                                            on 2-3 frames of one track below 10 km/h
 * @param reservedLaneStopsPerCameraPerHour   vehicles in the bus lane: buses (any length of stop), taxis and vans
 *                                            stopping for under 90 s (1-2 frames of one track), cars driving through
 * @param abandonedGlitchesPerCameraPerHour   one frame of an OBJECT flagged ABANDONED (a shadow, a pigeon), confidence
 *                                            0.3..0.75
 * @param bagsPutDownPerCameraPerHour         an OBJECT flagged ABANDONED on 2 frames within 2 minutes, then REMOVED
 * @param crowdCountsPerCameraPerHour         CROWD counter frames below the usual thresholds (3..14 people)
 * @param crowdPeaksPerCameraPerHour          a single CROWD frame of 15..30 people (a bus unloading, a tour group)
 * @param rebootsPerCameraPerDay              a camera silent for 1 to 4 minutes
 * @param wrongWayPerDetectorPerDay           a traffic detector's WRONG_WAY misfire
 * @param collisionsPerDetectorPerDay         a traffic detector's COLLISION misfire
 * @param congestionPerDetectorPerDay         a CONGESTION reading (rush hour, a delivery lorry): 8..25 km/h
 * @param droppedReadingShare                 share of FLOW readings lost on the way, 0..1
 */
public record FalseTriggers(
        double wrongWayGlitchesPerCameraPerHour,
        double wrongWayManoeuvresPerCameraPerHour,
        double reservedLaneStopsPerCameraPerHour,
        double abandonedGlitchesPerCameraPerHour,
        double bagsPutDownPerCameraPerHour,
        double crowdCountsPerCameraPerHour,
        double crowdPeaksPerCameraPerHour,
        double rebootsPerCameraPerDay,
        double wrongWayPerDetectorPerDay,
        double collisionsPerDetectorPerDay,
        double congestionPerDetectorPerDay,
        double droppedReadingShare) {

    /** An ordinary weekday; the figures and why are in the module's README. */
    public static final FalseTriggers DEFAULT =
            new FalseTriggers(0.05, 0.05, 0.3, 0.02, 0.03, 1.0, 0.01, 0.5, 0.02, 0.02, 2.0, 0.01);

    public static final FalseTriggers NONE = DEFAULT.scaled(0);

    public FalseTriggers {
        double[] rates = {wrongWayGlitchesPerCameraPerHour, wrongWayManoeuvresPerCameraPerHour,
            reservedLaneStopsPerCameraPerHour, abandonedGlitchesPerCameraPerHour, bagsPutDownPerCameraPerHour,
            crowdCountsPerCameraPerHour, crowdPeaksPerCameraPerHour, rebootsPerCameraPerDay,
            wrongWayPerDetectorPerDay, collisionsPerDetectorPerDay, congestionPerDetectorPerDay};
        for (double r : rates) {
            if (!(r >= 0 && Double.isFinite(r))) {
                throw new IllegalArgumentException("false-trigger rates must be finite and >= 0: " + r);
            }
        }
        if (!(droppedReadingShare >= 0 && droppedReadingShare <= 1)) {
            throw new IllegalArgumentException("droppedReadingShare must be within 0..1: " + droppedReadingShare);
        }
    }

    /** Every rate times {@code factor}; the dropped share too, capped at 1. */
    public FalseTriggers scaled(double factor) {
        return new FalseTriggers(wrongWayGlitchesPerCameraPerHour * factor,
                wrongWayManoeuvresPerCameraPerHour * factor, reservedLaneStopsPerCameraPerHour * factor,
                abandonedGlitchesPerCameraPerHour * factor, bagsPutDownPerCameraPerHour * factor,
                crowdCountsPerCameraPerHour * factor, crowdPeaksPerCameraPerHour * factor,
                rebootsPerCameraPerDay * factor, wrongWayPerDetectorPerDay * factor,
                collisionsPerDetectorPerDay * factor, congestionPerDetectorPerDay * factor,
                Math.min(1, droppedReadingShare * factor));
    }
}
