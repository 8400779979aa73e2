package org.vigie.events;

/**
 * One object seen by a camera's video analytics (after ONVIF's analytics metadata stream: Frame/Object/Appearance
 * and Behaviour). Faces, bodies and every other biometric attribute have no field here by design.
 *
 * @param objectClass   ONVIF class of the object
 * @param likelihood    detector confidence for {@code objectClass}, 0..1
 * @param vehicleType   for vehicles, ONVIF VehicleInfo/Type; otherwise {@code null}
 * @param vehicleBrand  VehicleInfo/Brand, or {@code null}
 * @param vehicleModel  VehicleInfo/Model, or {@code null}
 * @param vehicleColor  a colour name (ONVIF carries colour clusters; the name comes from the vendor), or {@code null}
 * @param behavior      what the object is doing
 * @param speedKmh      measured speed, or {@code null}
 * @param objectCount   for {@link Behavior#CROWD} and counters: how many objects, or {@code null}
 * @param trackId       the analytics' track id (stable while the object stays in view), or {@code null}
 * @param platePseudonym keyed HMAC-SHA-256 of the normalised plate, or {@code null}; never the plate itself
 * @param plateKeyId    the id of the key that made {@code platePseudonym}, or {@code null}
 */
public record CameraDetection(
        String id,
        String sourceId,
        long eventTime,
        double lat,
        double lon,
        String zone,
        ObjectClass objectClass,
        double likelihood,
        VehicleType vehicleType,
        String vehicleBrand,
        String vehicleModel,
        String vehicleColor,
        Behavior behavior,
        Double speedKmh,
        Integer objectCount,
        String trackId,
        String platePseudonym,
        String plateKeyId) implements SignalEvent {

    /** ONVIF ClassFilter values Vigie accepts; HumanFace is refused at ingest and has no constant. */
    public enum ObjectClass { HUMAN, VEHICLE, BICYCLE, ANIMAL, LICENSE_PLATE, OBJECT }

    /** ONVIF VehicleInfo/Type. */
    public enum VehicleType { CAR, VAN, TRUCK, BUS, MOTORCYCLE, BICYCLE }

    /** ONVIF Behaviour and rule-engine topics, as one field. */
    public enum Behavior {
        /** Moving normally. */
        MOVING,
        /** ONVIF Behaviour/Idle: a stationary object, e.g. a stopped vehicle. */
        IDLE,
        /** LoiteringDetector/ObjectIsLoitering. */
        LOITERING,
        /** ObjectAbandoned: an object left behind. */
        ABANDONED,
        /** ObjectRemoved / Behaviour/Removed. */
        REMOVED,
        /** LineDetector/Crossed. */
        LINE_CROSSED,
        /** Crossed a one-way line against its direction. */
        WRONG_WAY,
        /** Stopped or driving in a reserved lane (bus lane). */
        RESERVED_LANE,
        /** CountAggregation/Counter over a crowd-density threshold; {@code objectCount} holds the count. */
        CROWD
    }

    @Override
    public SourceKind sourceKind() {
        return SourceKind.CAMERA;
    }

    @Override
    public CameraDetection withZone(String zone) {
        return new CameraDetection(id, sourceId, eventTime, lat, lon, zone, objectClass, likelihood, vehicleType,
                vehicleBrand, vehicleModel, vehicleColor, behavior, speedKmh, objectCount, trackId, platePseudonym,
                plateKeyId);
    }
}
