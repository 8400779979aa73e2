package org.vigie.simulator;

import java.util.Objects;

/**
 * Background rates, per device, so that a bigger city is a noisier one. Every traffic detector also reports FLOW
 * once a minute whatever these say.
 *
 * @param detectionsPerCameraPerMinute    vehicles, people, bicycles and animals passing a camera (MOVING)
 * @param idleVehiclesPerCameraPerHour    brief IDLE vehicles (deliveries, drop-offs) that deposit nothing
 * @param plateReadShare                  share of vehicle detections that carry a readable plate, 0..1
 * @param readingsPerSensorPerHour        FILL_LEVEL and LID_OPENED observations
 * @param falseDepositsPerSensorPerDay    DEPOSIT_DETECTED false triggers, with nothing around to corroborate them
 * @param stoppedVehiclesPerDetectorPerDay STOPPED_VEHICLE events that clear before traffic slows down
 * @param reportsPerDeskPerHour           citizen reports of any kind taken by a call-centre desk
 * @param falseTriggers                   analytics and detector misfires, per device ({@link FalseTriggers})
 */
public record NoiseLevels(
        double detectionsPerCameraPerMinute,
        double idleVehiclesPerCameraPerHour,
        double plateReadShare,
        double readingsPerSensorPerHour,
        double falseDepositsPerSensorPerDay,
        double stoppedVehiclesPerDetectorPerDay,
        double reportsPerDeskPerHour,
        FalseTriggers falseTriggers) {

    /** A busy but ordinary weekday, with its misfires. */
    public static final NoiseLevels DEFAULT = new NoiseLevels(2.0, 0.2, 0.3, 4.0, 1.0, 1.0, 4.0,
            FalseTriggers.DEFAULT);

    /** No background at all except the per-minute FLOW of each detector. */
    public static final NoiseLevels NONE = DEFAULT.scaled(0);

    /** Without false triggers: the background the starter rules were written against. */
    public NoiseLevels(double detectionsPerCameraPerMinute, double idleVehiclesPerCameraPerHour,
                       double plateReadShare, double readingsPerSensorPerHour, double falseDepositsPerSensorPerDay,
                       double stoppedVehiclesPerDetectorPerDay, double reportsPerDeskPerHour) {
        this(detectionsPerCameraPerMinute, idleVehiclesPerCameraPerHour, plateReadShare, readingsPerSensorPerHour,
                falseDepositsPerSensorPerDay, stoppedVehiclesPerDetectorPerDay, reportsPerDeskPerHour,
                FalseTriggers.NONE);
    }

    public NoiseLevels {
        Objects.requireNonNull(falseTriggers, "falseTriggers");
        requireRate("detectionsPerCameraPerMinute", detectionsPerCameraPerMinute);
        requireRate("idleVehiclesPerCameraPerHour", idleVehiclesPerCameraPerHour);
        requireRate("readingsPerSensorPerHour", readingsPerSensorPerHour);
        requireRate("falseDepositsPerSensorPerDay", falseDepositsPerSensorPerDay);
        requireRate("stoppedVehiclesPerDetectorPerDay", stoppedVehiclesPerDetectorPerDay);
        requireRate("reportsPerDeskPerHour", reportsPerDeskPerHour);
        if (!(plateReadShare >= 0 && plateReadShare <= 1)) {
            throw new IllegalArgumentException("plateReadShare must be within 0..1: " + plateReadShare);
        }
    }

    /** Every rate times {@code factor}, false triggers included; the plate share is a share, not a rate, and stays. */
    public NoiseLevels scaled(double factor) {
        return new NoiseLevels(detectionsPerCameraPerMinute * factor, idleVehiclesPerCameraPerHour * factor,
                plateReadShare, readingsPerSensorPerHour * factor, falseDepositsPerSensorPerDay * factor,
                stoppedVehiclesPerDetectorPerDay * factor, reportsPerDeskPerHour * factor,
                falseTriggers.scaled(factor));
    }

    public NoiseLevels withFalseTriggers(FalseTriggers f) {
        return new NoiseLevels(detectionsPerCameraPerMinute, idleVehiclesPerCameraPerHour, plateReadShare,
                readingsPerSensorPerHour, falseDepositsPerSensorPerDay, stoppedVehiclesPerDetectorPerDay,
                reportsPerDeskPerHour, f);
    }

    private static void requireRate(String name, double v) {
        if (!(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be a finite rate >= 0: " + v);
        }
    }
}
