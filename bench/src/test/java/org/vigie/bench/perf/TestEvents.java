package org.vigie.bench.perf;

import org.vigie.events.CameraDetection;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

/** Hand-made events for the reference rules, in zone-relative time from {@link #T0}. */
final class TestEvents {

    static final long T0 = 1_772_438_400_000L; // 2026-03-02T08:00:00Z
    static final long SEC = 1_000;
    static final long MIN = 60 * SEC;

    private TestEvents() {
    }

    static SignalEvent truck(String id, String zone, long at) {
        return new CameraDetection(id, "cam-1", T0 + at, 43.7, 7.25, zone, CameraDetection.ObjectClass.VEHICLE, 0.9,
                CameraDetection.VehicleType.TRUCK, "Volvo", "FL", "white", CameraDetection.Behavior.MOVING, 40.0,
                null, null, null, null);
    }

    static SignalEvent stopped(String id, String zone, String segment, long at) {
        return new TrafficEvent(id, "det-1", T0 + at, 43.7, 7.25, zone, TrafficEvent.Kind.STOPPED_VEHICLE, segment,
                null, 0.0, null, null);
    }

    static SignalEvent flow(String id, String zone, String segment, Double speed, long at) {
        return new TrafficEvent(id, "det-2", T0 + at, 43.7, 7.25, zone, TrafficEvent.Kind.FLOW, segment, 1, speed,
                10, 0.2);
    }

    static SignalEvent deposit(String id, String zone, String sensor, long at) {
        return new DumpingObservation(id, sensor, T0 + at, 43.7, 7.25, zone,
                DumpingObservation.Kind.DEPOSIT_DETECTED, null, null);
    }

    static SignalEvent fill(String id, String zone, String sensor, long at) {
        return new DumpingObservation(id, sensor, T0 + at, 43.7, 7.25, zone, DumpingObservation.Kind.FILL_LEVEL,
                0.5, "1");
    }
}
