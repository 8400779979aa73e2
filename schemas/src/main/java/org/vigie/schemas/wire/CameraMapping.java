package org.vigie.schemas.wire;

import org.vigie.events.CameraDetection;
import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.ObjectClass;
import org.vigie.events.CameraDetection.VehicleType;

/** {@link CameraDetection} fields (ONVIF analytics). The clear plate is handled by the codec, not here. */
final class CameraMapping extends SignalMapping<CameraDetection> {

    static final CameraMapping INSTANCE = new CameraMapping();

    private static final EnumLookup<ObjectClass> CLASSES = new EnumLookup<>(ObjectClass.class);
    private static final EnumLookup<VehicleType> VEHICLES = new EnumLookup<>(VehicleType.class);
    private static final EnumLookup<Behavior> BEHAVIORS = new EnumLookup<>(Behavior.class);

    private CameraMapping() {
        super(CameraDetection.class);
    }

    @Override
    CameraDetection read(Common c, FieldSource in) throws DecodeException {
        String classText = in.string("objectClass");
        ObjectClass objectClass = CLASSES.find(classText);
        if (objectClass == null) {
            // A refused class gets its own reason rather than "unknown".
            Biometrics.checkObjectClass(classText);
            throw CLASSES.unknown("objectClass", classText);
        }
        return new CameraDetection(c.id(), c.sourceId(), c.eventTime(), c.lat(), c.lon(), c.zone(),
                objectClass,
                Checks.range("likelihood", in.number("likelihood"), 0, 1),
                VEHICLES.parseOpt("vehicleType", in.optString("vehicleType")),
                in.optString("vehicleBrand"),
                in.optString("vehicleModel"),
                in.optString("vehicleColor"),
                BEHAVIORS.parse("behavior", in.string("behavior")),
                Checks.nonNegative("speedKmh", in.optNumber("speedKmh")),
                Checks.nonNegative("objectCount", in.optInteger("objectCount")),
                in.optString("trackId"),
                in.optString("platePseudonym"),
                in.optString("plateKeyId"));
    }

    @Override
    void writeOwn(CameraDetection e, FieldSink out) {
        out.enumName("objectClass", e.objectClass());
        out.number("likelihood", e.likelihood());
        out.enumName("vehicleType", e.vehicleType());
        out.string("vehicleBrand", e.vehicleBrand());
        out.string("vehicleModel", e.vehicleModel());
        out.string("vehicleColor", e.vehicleColor());
        out.enumName("behavior", e.behavior());
        out.number("speedKmh", e.speedKmh());
        out.integer("objectCount", e.objectCount());
        out.string("trackId", e.trackId());
        out.string("platePseudonym", e.platePseudonym());
        out.string("plateKeyId", e.plateKeyId());
    }
}
