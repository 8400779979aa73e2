package org.vigie.simulator;

/**
 * Mean city-wide rates, per hour, of the incident types beyond the starter pack's two (whose rates are
 * {@link CityConfig#dumpingIncidentsPerHour()} and {@link CityConfig#roadIncidentsPerHour()}). Their signatures are
 * documented on {@link GroundTruth.Type}. {@link #NONE} by default, so a configuration that does not ask for them
 * gets the stream it always got.
 */
public record IncidentMix(
        double wrongWayPerHour,
        double busLaneBlockedPerHour,
        double collisionPerHour,
        double blockingCollisionPerHour,
        double abandonedObjectPerHour,
        double crowdFightPerHour,
        double deviceSilentPerHour) {

    public static final IncidentMix NONE = new IncidentMix(0, 0, 0, 0, 0, 0, 0);

    public IncidentMix {
        for (double r : new double[] {wrongWayPerHour, busLaneBlockedPerHour, collisionPerHour,
            blockingCollisionPerHour, abandonedObjectPerHour, crowdFightPerHour, deviceSilentPerHour}) {
            if (!(r >= 0 && Double.isFinite(r))) {
                throw new IllegalArgumentException("incident rates must be finite and >= 0: " + r);
            }
        }
    }

    /** The same rate for every type. */
    public static IncidentMix each(double perHour) {
        return new IncidentMix(perHour, perHour, perHour, perHour, perHour, perHour, perHour);
    }

    /** The rate of one of this mix's types; 0 for the starter types, which {@link CityConfig} holds. */
    public double rate(GroundTruth.Type type) {
        return switch (type) {
            case WRONG_WAY -> wrongWayPerHour;
            case BUS_LANE_BLOCKED -> busLaneBlockedPerHour;
            case COLLISION -> collisionPerHour;
            case BLOCKING_COLLISION -> blockingCollisionPerHour;
            case ABANDONED_OBJECT -> abandonedObjectPerHour;
            case CROWD_FIGHT -> crowdFightPerHour;
            case DEVICE_SILENT -> deviceSilentPerHour;
            case ILLEGAL_DUMPING, ROAD_INCIDENT -> 0;
        };
    }

    /** Whether any of these incidents brings a citizen report (so a call-centre desk is needed). */
    boolean needsDesks() {
        return wrongWayPerHour > 0 || collisionPerHour > 0 || abandonedObjectPerHour > 0 || crowdFightPerHour > 0;
    }
}
