package org.vigie.correlate;

import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.TrafficEvent;

/** Small builders for the events the engine tests send. */
public final class TestEvents {

    private TestEvents() {
    }

    public static TrafficEvent stopped(String id, long time, String zone, String segment) {
        return new TrafficEvent(id, "loop-1", time, 45.1, 4.8, zone, TrafficEvent.Kind.STOPPED_VEHICLE, segment,
                null, null, null, null);
    }

    public static TrafficEvent flow(String id, long time, String zone, String segment, Double speedKmh) {
        return new TrafficEvent(id, "loop-1", time, 45.1, 4.8, zone, TrafficEvent.Kind.FLOW, segment, 2, speedKmh,
                12, 0.3);
    }

    public static CitizenReport report(String id, long time, String zone, CitizenReport.ServiceCode code) {
        return new CitizenReport(id, "app", time, 45.2, 4.9, zone, code, "seen from the bus stop",
                CitizenReport.Status.OPEN, null);
    }

    public static CameraDetection idleVan(String id, long time, String zone) {
        return new CameraDetection(id, "cam-1", time, 45.3, 4.7, zone, CameraDetection.ObjectClass.VEHICLE, 0.92,
                CameraDetection.VehicleType.VAN, null, null, "white", CameraDetection.Behavior.IDLE, 0.0, null,
                "trk-9", "hmac:ab12", "k1");
    }

    public static DumpingObservation deposit(String id, long time, String zone) {
        return new DumpingObservation(id, "dump-1", time, 45.3, 4.7, zone, DumpingObservation.Kind.DEPOSIT_DETECTED,
                null, null);
    }
}
