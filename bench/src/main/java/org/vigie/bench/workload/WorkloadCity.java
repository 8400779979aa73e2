package org.vigie.bench.workload;

import org.vigie.simulator.CityConfig;
import org.vigie.simulator.IncidentMix;
import org.vigie.simulator.NoiseLevels;

import java.time.Duration;

/**
 * The city of a workload run: the sample city's map and start, the given number of cameras, the other devices in
 * proportion, every kind of noise at its default per-device rate, and incidents at a fixed city-wide rate whatever
 * the device count, so that only the noise grows with the cameras.
 */
final class WorkloadCity {

    /**
     * Offered incidents per hour, city-wide, per type (nine types: 54 an hour). An incident keeps its zone busy for
     * its span and 30 minutes after, so the 16 zones of the sample map hold fewer: the planner drops an incident
     * that finds no free zone, and the figures count the ones injected. A high rate gives a short run enough
     * incidents of every type to score.
     */
    static final double PER_TYPE_PER_HOUR = 6;
    static final double DUMPING_PER_HOUR = PER_TYPE_PER_HOUR;
    static final double ROAD_PER_HOUR = PER_TYPE_PER_HOUR;
    static final IncidentMix MIX = IncidentMix.each(PER_TYPE_PER_HOUR);
    /** Call-centre desks: the city's callers do not multiply with its cameras. */
    static final int DESKS = 4;

    private WorkloadCity() {
    }

    static CityConfig of(int cameras, Duration span, long seed) {
        if (cameras < 1) {
            throw new IllegalArgumentException("cameras must be >= 1: " + cameras);
        }
        return CityConfig.sample(seed)
                .withDevices(cameras, dumpingSensors(cameras), trafficDetectors(cameras), DESKS)
                .withTime(CityConfig.DEFAULT_START, span)
                .withNoise(NoiseLevels.DEFAULT)
                .withIncidentRates(DUMPING_PER_HOUR, ROAD_PER_HOUR)
                .withIncidentMix(MIX);
    }

    /** Two bins for every five cameras, at least one per zone of the sample map. */
    static int dumpingSensors(int cameras) {
        return Math.max(16, cameras * 2 / 5);
    }

    /** One detector for every two cameras, in lane pairs, at least one pair per zone. */
    static int trafficDetectors(int cameras) {
        return Math.max(32, cameras / 4 * 2);
    }

    static double incidentsPerHour() {
        return DUMPING_PER_HOUR + ROAD_PER_HOUR + MIX.wrongWayPerHour() + MIX.busLaneBlockedPerHour()
                + MIX.collisionPerHour() + MIX.blockingCollisionPerHour() + MIX.abandonedObjectPerHour()
                + MIX.crowdFightPerHour() + MIX.deviceSilentPerHour();
    }
}
