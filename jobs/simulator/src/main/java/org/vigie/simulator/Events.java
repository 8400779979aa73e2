package org.vigie.simulator;

import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.ObjectClass;
import org.vigie.events.CameraDetection.VehicleType;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.TrafficEvent;

/** Builds the event records as sources send them: no zone, no plate pseudonym. */
final class Events {

    private Events() {
    }

    static CameraDetection vehicle(String id, Device cam, long t, double likelihood, VehicleType type,
                                   String[] brandModel, String colour, Behavior behavior, double speedKmh,
                                   String trackId) {
        return new CameraDetection(id, cam.id(), t, cam.lat(), cam.lon(), null, ObjectClass.VEHICLE, likelihood, type,
                brandModel[0], brandModel[1], colour, behavior, speedKmh, null, trackId, null, null);
    }

    static CameraDetection object(String id, Device cam, long t, ObjectClass cls, double likelihood, double speedKmh,
                                  String trackId) {
        VehicleType type = cls == ObjectClass.BICYCLE ? VehicleType.BICYCLE : null;
        return new CameraDetection(id, cam.id(), t, cam.lat(), cam.lon(), null, cls, likelihood, type, null, null,
                null, Behavior.MOVING, speedKmh, null, trackId, null, null);
    }

    /** Any camera detection; {@code brandModel} and the vehicle fields may be null for other objects. */
    static CameraDetection camera(String id, Device cam, long t, ObjectClass cls, double likelihood, VehicleType type,
                                  Behavior behavior, Double speedKmh, Integer count, String trackId) {
        return new CameraDetection(id, cam.id(), t, cam.lat(), cam.lon(), null, cls, likelihood, type, null, null,
                null, behavior, speedKmh, count, trackId, null, null);
    }

    static DumpingObservation dumping(String id, Device sensor, long t, DumpingObservation.Kind kind, Double value,
                                      String unit) {
        return new DumpingObservation(id, sensor.id(), t, sensor.lat(), sensor.lon(), null, kind, value, unit);
    }

    static TrafficEvent flow(String id, Device det, long t, double speedKmh, int flow, double occupancy) {
        return new TrafficEvent(id, det.id(), t, det.lat(), det.lon(), null, TrafficEvent.Kind.FLOW, det.segmentId(),
                det.lane(), speedKmh, flow, occupancy);
    }

    static TrafficEvent stopped(String id, Device det, long t) {
        return new TrafficEvent(id, det.id(), t, det.lat(), det.lon(), null, TrafficEvent.Kind.STOPPED_VEHICLE,
                det.segmentId(), det.lane(), 0.0, null, null);
    }

    /** A detector's own classification (WRONG_WAY, COLLISION, CONGESTION), with what it measured if anything. */
    static TrafficEvent traffic(String id, Device det, long t, TrafficEvent.Kind kind, Double speedKmh,
                                Double occupancy) {
        return new TrafficEvent(id, det.id(), t, det.lat(), det.lon(), null, kind, det.segmentId(), det.lane(),
                speedKmh, null, occupancy);
    }

    static CitizenReport report(String id, Device desk, long t, double[] where, ServiceCode code, String text) {
        return new CitizenReport(id, desk.id(), t, where[0], where[1], null, code, text, CitizenReport.Status.OPEN,
                null);
    }

    static double round(double v, int decimals) {
        double f = StrictMath.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
