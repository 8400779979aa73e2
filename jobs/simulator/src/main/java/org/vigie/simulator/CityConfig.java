package org.vigie.simulator;

import org.vigie.zones.ZoneMap;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything a simulated city depends on. Two runs of the same configuration produce the same stream, byte for byte.
 *
 * @param seed                     drives device placement, noise and incidents
 * @param cameras                  number of cameras ({@code cam-0001}...)
 * @param dumpingSensors           number of dumping / waste-container sensors ({@code bin-0001}...)
 * @param trafficDetectors         number of traffic detectors ({@code det-0001}...), two per road segment
 * @param callCentreDesks          number of call-centre desks ({@code desk-01}...) taking citizen reports
 * @param startMillis              event time of the start of the run, epoch ms
 * @param duration                 simulated time span
 * @param dumpingIncidentsPerHour  mean rate of injected illegal-dumping incidents, city-wide
 * @param roadIncidentsPerHour     mean rate of injected road incidents, city-wide
 * @param incidentMix              mean rates of the other injected incident types, city-wide
 * @param noise                    background rates per device
 * @param disorderMs               emission may run up to this far behind event time (0: non-decreasing time order)
 * @param zoneMap                  the city's zones; devices are placed inside them
 */
public record CityConfig(
        long seed,
        int cameras,
        int dumpingSensors,
        int trafficDetectors,
        int callCentreDesks,
        long startMillis,
        Duration duration,
        double dumpingIncidentsPerHour,
        double roadIncidentsPerHour,
        NoiseLevels noise,
        long disorderMs,
        ZoneMap zoneMap,
        IncidentMix incidentMix) {

    /** 2026-03-02T08:00:00Z, a Monday morning. */
    public static final long DEFAULT_START = Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();

    /** A city with the starter pack's two incident types only. */
    public CityConfig(long seed, int cameras, int dumpingSensors, int trafficDetectors, int callCentreDesks,
                      long startMillis, Duration duration, double dumpingIncidentsPerHour,
                      double roadIncidentsPerHour, NoiseLevels noise, long disorderMs, ZoneMap zoneMap) {
        this(seed, cameras, dumpingSensors, trafficDetectors, callCentreDesks, startMillis, duration,
                dumpingIncidentsPerHour, roadIncidentsPerHour, noise, disorderMs, zoneMap, IncidentMix.NONE);
    }

    public CityConfig {
        Objects.requireNonNull(incidentMix, "incidentMix");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(zoneMap, "zoneMap");
        if (cameras < 0 || dumpingSensors < 0 || trafficDetectors < 0 || callCentreDesks < 0) {
            throw new IllegalArgumentException("device counts must be >= 0");
        }
        if (callCentreDesks > 99) {
            throw new IllegalArgumentException("at most 99 desks (desk-01..desk-99): " + callCentreDesks);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must be >= 0: " + duration);
        }
        if (!(dumpingIncidentsPerHour >= 0) || !(roadIncidentsPerHour >= 0)) {
            throw new IllegalArgumentException("incident rates must be >= 0");
        }
        if (disorderMs < 0) {
            throw new IllegalArgumentException("disorderMs must be >= 0: " + disorderMs);
        }
        if ((dumpingIncidentsPerHour > 0 || roadIncidentsPerHour > 0 || incidentMix.needsDesks())
                && callCentreDesks == 0) {
            throw new IllegalArgumentException("incidents include citizen reports: at least one desk is needed");
        }
    }

    /**
     * The sample city (16 zones) for one hour from {@link #DEFAULT_START}: 120 cameras, 48 dumping sensors,
     * 64 traffic detectors, 4 desks, 4 dumping and 4 road incidents an hour, default noise, in order.
     */
    public static CityConfig sample(long seed) {
        return new CityConfig(seed, 120, 48, 64, 4, DEFAULT_START, Duration.ofHours(1), 4, 4,
                NoiseLevels.DEFAULT, 0, ZoneMap.sample());
    }

    public long endMillis() {
        return startMillis + duration.toMillis();
    }

    public CityConfig withSeed(long s) {
        return new CityConfig(s, cameras, dumpingSensors, trafficDetectors, callCentreDesks, startMillis, duration,
                dumpingIncidentsPerHour, roadIncidentsPerHour, noise, disorderMs, zoneMap, incidentMix);
    }

    public CityConfig withDevices(int cams, int sensors, int detectors, int desks) {
        return new CityConfig(seed, cams, sensors, detectors, desks, startMillis, duration,
                dumpingIncidentsPerHour, roadIncidentsPerHour, noise, disorderMs, zoneMap, incidentMix);
    }

    public CityConfig withTime(long start, Duration span) {
        return new CityConfig(seed, cameras, dumpingSensors, trafficDetectors, callCentreDesks, start, span,
                dumpingIncidentsPerHour, roadIncidentsPerHour, noise, disorderMs, zoneMap, incidentMix);
    }

    public CityConfig withIncidentRates(double dumpingPerHour, double roadPerHour) {
        return new CityConfig(seed, cameras, dumpingSensors, trafficDetectors, callCentreDesks, startMillis, duration,
                dumpingPerHour, roadPerHour, noise, disorderMs, zoneMap, incidentMix);
    }

    public CityConfig withNoise(NoiseLevels n) {
        return new CityConfig(seed, cameras, dumpingSensors, trafficDetectors, callCentreDesks, startMillis, duration,
                dumpingIncidentsPerHour, roadIncidentsPerHour, n, disorderMs, zoneMap, incidentMix);
    }

    public CityConfig withDisorderMs(long ms) {
        return new CityConfig(seed, cameras, dumpingSensors, trafficDetectors, callCentreDesks, startMillis, duration,
                dumpingIncidentsPerHour, roadIncidentsPerHour, noise, ms, zoneMap, incidentMix);
    }

    public CityConfig withZoneMap(ZoneMap map) {
        return new CityConfig(seed, cameras, dumpingSensors, trafficDetectors, callCentreDesks, startMillis, duration,
                dumpingIncidentsPerHour, roadIncidentsPerHour, noise, disorderMs, map, incidentMix);
    }

    public CityConfig withIncidentMix(IncidentMix mix) {
        return new CityConfig(seed, cameras, dumpingSensors, trafficDetectors, callCentreDesks, startMillis, duration,
                dumpingIncidentsPerHour, roadIncidentsPerHour, noise, disorderMs, zoneMap, mix);
    }
}
