package org.vigie.correlate;

import java.util.ArrayList;
import java.util.List;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.events.TrafficEvent;

/**
 * The single source of truth for what rules see of each Vigie record: the four {@link EventSchema}s. The EPL types
 * module, the record-to-row conversion, scenario parsing and the README's field list are all derived from here; a
 * test checks these lists against the records' components.
 */
public final class EventSchemas {

    public static final EventSchema<CameraDetection> CAMERA = new EventSchema<>(SourceKind.CAMERA,
            CameraDetection.class, withCommon(List.of(
            EventField.ofEnum("objectClass", CameraDetection.ObjectClass.class, false,
                    "ONVIF class of the object", CameraDetection::objectClass),
            EventField.of("likelihood", FieldType.DOUBLE, false,
                    "detector confidence for objectClass, 0..1", CameraDetection::likelihood),
            EventField.ofEnum("vehicleType", CameraDetection.VehicleType.class, true,
                    "ONVIF VehicleInfo/Type, for vehicles", CameraDetection::vehicleType),
            EventField.of("vehicleBrand", FieldType.STRING, true, "VehicleInfo/Brand", CameraDetection::vehicleBrand),
            EventField.of("vehicleModel", FieldType.STRING, true, "VehicleInfo/Model", CameraDetection::vehicleModel),
            EventField.of("vehicleColor", FieldType.STRING, true, "a colour name", CameraDetection::vehicleColor),
            EventField.ofEnum("behavior", CameraDetection.Behavior.class, false,
                    "what the object is doing", CameraDetection::behavior),
            EventField.of("speedKmh", FieldType.NULLABLE_DOUBLE, true, "measured speed", CameraDetection::speedKmh),
            EventField.of("objectCount", FieldType.NULLABLE_INTEGER, true,
                    "for CROWD and counters: how many objects", CameraDetection::objectCount),
            EventField.of("trackId", FieldType.STRING, true,
                    "the analytics' track id, stable while the object stays in view", CameraDetection::trackId),
            EventField.of("platePseudonym", FieldType.STRING, true,
                    "keyed HMAC-SHA-256 of the normalised plate, never the plate", CameraDetection::platePseudonym),
            EventField.of("plateKeyId", FieldType.STRING, true,
                    "id of the key that made platePseudonym", CameraDetection::plateKeyId))),
            r -> new CameraDetection(str(r, 0), str(r, 1), lng(r, 2), dbl(r, 3), dbl(r, 4), str(r, 5),
                    en(CameraDetection.ObjectClass.class, r[6]), dbl(r, 7),
                    en(CameraDetection.VehicleType.class, r[8]), str(r, 9), str(r, 10), str(r, 11),
                    en(CameraDetection.Behavior.class, r[12]), (Double) r[13], (Integer) r[14], str(r, 15),
                    str(r, 16), str(r, 17)));

    public static final EventSchema<DumpingObservation> DUMPING = new EventSchema<>(SourceKind.DUMPING_SENSOR,
            DumpingObservation.class, withCommon(List.of(
            EventField.ofEnum("kind", DumpingObservation.Kind.class, false,
                    "what the sensor observed", DumpingObservation::kind),
            EventField.of("value", FieldType.NULLABLE_DOUBLE, true,
                    "the observation's result (fill level 0..1, impact in g, ...)", DumpingObservation::value),
            EventField.of("unit", FieldType.STRING, true, "unit symbol of value", DumpingObservation::unit))),
            r -> new DumpingObservation(str(r, 0), str(r, 1), lng(r, 2), dbl(r, 3), dbl(r, 4), str(r, 5),
                    en(DumpingObservation.Kind.class, r[6]), (Double) r[7], str(r, 8)));

    public static final EventSchema<TrafficEvent> TRAFFIC = new EventSchema<>(SourceKind.TRAFFIC,
            TrafficEvent.class, withCommon(List.of(
            EventField.ofEnum("kind", TrafficEvent.Kind.class, false,
                    "what the detector reports", TrafficEvent::kind),
            EventField.of("segmentId", FieldType.STRING, false,
                    "road segment the detector covers", TrafficEvent::segmentId),
            EventField.of("lane", FieldType.NULLABLE_INTEGER, true,
                    "lane number; null for the whole segment", TrafficEvent::lane),
            EventField.of("speedKmh", FieldType.NULLABLE_DOUBLE, true,
                    "mean speed over the detector's interval", TrafficEvent::speedKmh),
            EventField.of("flow", FieldType.NULLABLE_INTEGER, true,
                    "vehicles counted over the interval", TrafficEvent::flow),
            EventField.of("occupancy", FieldType.NULLABLE_DOUBLE, true,
                    "fraction of time the detector was occupied, 0..1", TrafficEvent::occupancy))),
            r -> new TrafficEvent(str(r, 0), str(r, 1), lng(r, 2), dbl(r, 3), dbl(r, 4), str(r, 5),
                    en(TrafficEvent.Kind.class, r[6]), str(r, 7), (Integer) r[8], (Double) r[9], (Integer) r[10],
                    (Double) r[11]));

    public static final EventSchema<CitizenReport> CITIZEN_REPORT = new EventSchema<>(SourceKind.CITIZEN_REPORT,
            CitizenReport.class, withCommon(List.of(
            EventField.ofEnum("serviceCode", CitizenReport.ServiceCode.class, false,
                    "Open311 service_code", CitizenReport::serviceCode),
            EventField.of("description", FieldType.STRING, true,
                    "free text as given by the caller", CitizenReport::description),
            EventField.ofEnum("status", CitizenReport.Status.class, false, "Open311 status", CitizenReport::status),
            EventField.of("address", FieldType.STRING, true, "Open311 address", CitizenReport::address))),
            r -> new CitizenReport(str(r, 0), str(r, 1), lng(r, 2), dbl(r, 3), dbl(r, 4), str(r, 5),
                    en(CitizenReport.ServiceCode.class, r[6]), str(r, 7), en(CitizenReport.Status.class, r[8]),
                    str(r, 9)));

    // Indexed by SourceKind.ordinal().
    private static final List<EventSchema<?>> ALL = List.of(CAMERA, DUMPING, TRAFFIC, CITIZEN_REPORT);

    static {
        for (EventSchema<?> s : ALL) {
            if (ALL.indexOf(s) != s.kind().ordinal()) {
                throw new IllegalStateException("EventSchemas.ALL must follow SourceKind order");
            }
        }
    }

    private EventSchemas() {
    }

    /** All four schemas, in {@link SourceKind} order. */
    public static List<EventSchema<?>> all() {
        return ALL;
    }

    public static EventSchema<?> of(SourceKind kind) {
        return ALL.get(kind.ordinal());
    }

    /** The schema whose EPL name is {@code eplName}, or {@code null} if it is not a Vigie type. */
    public static EventSchema<?> ofEplName(String eplName) {
        for (EventSchema<?> s : ALL) {
            if (s.eplName().equals(eplName)) {
                return s;
            }
        }
        return null;
    }

    /** The event as its Esper row. The sealed hierarchy makes this dispatch exhaustive and reflection-free. */
    public static Object[] toObjectArray(SignalEvent event) {
        if (event instanceof CameraDetection e) {
            return CAMERA.toObjectArray(e);
        } else if (event instanceof DumpingObservation e) {
            return DUMPING.toObjectArray(e);
        } else if (event instanceof TrafficEvent e) {
            return TRAFFIC.toObjectArray(e);
        } else if (event instanceof CitizenReport e) {
            return CITIZEN_REPORT.toObjectArray(e);
        }
        throw new IllegalArgumentException("not a Vigie event: " + event);
    }

    private static <E extends SignalEvent> List<EventField<E>> withCommon(List<EventField<E>> own) {
        List<EventField<E>> all = new ArrayList<>();
        all.add(EventField.of("id", FieldType.STRING, false, "unique within its source kind", SignalEvent::id));
        all.add(EventField.of("sourceId", FieldType.STRING, false,
                "device or channel that produced it", SignalEvent::sourceId));
        all.add(EventField.of("eventTime", FieldType.LONG, false,
                "event time, epoch ms UTC (the type's start timestamp)", SignalEvent::eventTime));
        all.add(EventField.of("lat", FieldType.DOUBLE, false, "WGS84 latitude", SignalEvent::lat));
        all.add(EventField.of("lon", FieldType.DOUBLE, false, "WGS84 longitude", SignalEvent::lon));
        all.add(EventField.of("zone", FieldType.STRING, false,
                "zone assigned at ingest from the zone map", SignalEvent::zone));
        all.addAll(own);
        return all;
    }

    private static String str(Object[] row, int i) {
        return (String) row[i];
    }

    private static long lng(Object[] row, int i) {
        return ((Number) row[i]).longValue();
    }

    private static double dbl(Object[] row, int i) {
        return ((Number) row[i]).doubleValue();
    }

    private static <T extends Enum<T>> T en(Class<T> type, Object name) {
        return name == null ? null : Enum.valueOf(type, (String) name);
    }
}
