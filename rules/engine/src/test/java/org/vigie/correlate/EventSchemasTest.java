package org.vigie.correlate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

class EventSchemasTest {

    @Test
    void everyRecordComponentIsAFieldInOrderWithItsType() {
        for (EventSchema<?> schema : EventSchemas.all()) {
            RecordComponent[] components = schema.recordType().getRecordComponents();
            List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
            assertEquals(names, schema.fields().stream().map(EventField::name).toList(), schema.eplName());
            for (int i = 0; i < components.length; i++) {
                Class<?> type = components[i].getType();
                EventField<?> field = schema.fields().get(i);
                assertEquals(expectedType(type), field.type(), schema.eplName() + "." + field.name());
                if (type.isEnum()) {
                    assertEquals(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList(),
                            field.constants(), field.name());
                }
                if (type.isPrimitive()) {
                    assertTrue(!field.nullable(), field.name() + " is primitive, so never null");
                }
            }
        }
    }

    @Test
    void commonFieldsComeFirstAtTheIndexConstants() {
        for (EventSchema<?> schema : EventSchemas.all()) {
            List<String> names = schema.fields().stream().map(EventField::name).toList();
            assertEquals(EventSchema.ID, names.indexOf("id"));
            assertEquals(EventSchema.SOURCE_ID, names.indexOf("sourceId"));
            assertEquals(EventSchema.EVENT_TIME, names.indexOf("eventTime"));
            assertEquals(EventSchema.LAT, names.indexOf("lat"));
            assertEquals(EventSchema.LON, names.indexOf("lon"));
            assertEquals(EventSchema.ZONE, names.indexOf("zone"));
        }
    }

    @Test
    void recordsRoundTripThroughTheirRows() {
        List<SignalEvent> events = List.of(
                TestEvents.idleVan("c1", 10L, "port"),
                new CameraDetection("c2", "cam-2", 11L, 1.5, 2.5, "port", CameraDetection.ObjectClass.HUMAN, 0.5,
                        null, null, null, null, CameraDetection.Behavior.LOITERING, null, null, null, null, null),
                new DumpingObservation("d1", "s", 12L, 1, 2, "port", DumpingObservation.Kind.FILL_LEVEL, 0.7, "1"),
                TestEvents.flow("t1", 13L, "ring", "S1", 42.0),
                TestEvents.stopped("t2", 14L, "ring", "S1"),
                TestEvents.report("r1", 15L, "old-town", CitizenReport.ServiceCode.NOISE));
        for (SignalEvent event : events) {
            Object[] row = EventSchemas.toObjectArray(event);
            EventSchema<?> schema = EventSchemas.of(event.sourceKind());
            assertEquals(event, schema.fromObjectArray(row));
            assertEquals(event.id(), row[EventSchema.ID]);
            assertEquals(event.zone(), row[EventSchema.ZONE]);
        }
        Object[] camera = EventSchemas.toObjectArray(TestEvents.idleVan("c1", 10L, "port"));
        assertArrayEquals(new Object[]{"VEHICLE", 0.92, "VAN"}, Arrays.copyOfRange(camera, 6, 9));
    }

    @Test
    void schemaStatementsArePublicBusTypesTimedByEventTime() {
        String epl = EventSchemas.TRAFFIC.schemaEpl();
        assertEquals("@public @buseventtype create objectarray schema TrafficEvent(id string, sourceId string,"
                + " eventTime long, lat double, lon double, zone string, kind string, segmentId string,"
                + " lane Integer, speedKmh Double, flow Integer, occupancy Double) starttimestamp eventTime", epl);
        assertTrue(TypesModule.epl().contains("@public create context ByZone partition by zone from CameraDetection,"
                + " zone from DumpingObservation, zone from TrafficEvent, zone from CitizenReport"));
    }

    @Test
    void typesModuleIsCompiledOncePerJvm() {
        assertSame(TypesModule.compiled(), TypesModule.compiled());
    }

    private static FieldType expectedType(Class<?> type) {
        if (type == String.class) {
            return FieldType.STRING;
        } else if (type == long.class) {
            return FieldType.LONG;
        } else if (type == double.class) {
            return FieldType.DOUBLE;
        } else if (type == Double.class) {
            return FieldType.NULLABLE_DOUBLE;
        } else if (type == Integer.class) {
            return FieldType.NULLABLE_INTEGER;
        } else if (type.isEnum()) {
            return FieldType.ENUM;
        }
        throw new AssertionError("no EPL mapping for " + type);
    }
}
