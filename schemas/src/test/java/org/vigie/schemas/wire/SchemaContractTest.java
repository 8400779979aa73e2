package org.vigie.schemas.wire;

import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.events.Alert;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DeadLetter;
import org.vigie.events.DumpingObservation;
import org.vigie.events.EventRef;
import org.vigie.events.TrafficEvent;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Avro schemas mirror the canonical records, document every field and carry nothing biometric. */
class SchemaContractTest {

    record Pair(Class<? extends Record> type, Schema schema) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static List<Pair> pairs() {
        return List.of(
                new Pair(CameraDetection.class, org.vigie.schemas.avro.CameraDetection.getClassSchema()),
                new Pair(DumpingObservation.class, org.vigie.schemas.avro.DumpingObservation.getClassSchema()),
                new Pair(TrafficEvent.class, org.vigie.schemas.avro.TrafficEvent.getClassSchema()),
                new Pair(CitizenReport.class, org.vigie.schemas.avro.CitizenReport.getClassSchema()),
                new Pair(Alert.class, org.vigie.schemas.avro.Alert.getClassSchema()),
                new Pair(EventRef.class, org.vigie.schemas.avro.EventRef.getClassSchema()),
                new Pair(DeadLetter.class, org.vigie.schemas.avro.DeadLetter.getClassSchema()));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void fieldsMirrorTheRecordComponentsInOrder(Pair p) {
        List<String> expected = Stream.of(p.type().getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(ArrayList::new));
        if (p.type() == CameraDetection.class) {
            expected.add("plateNumber"); // ingest-only, documented as such
        }
        List<String> actual = p.schema().getFields().stream().map(Schema.Field::name).collect(Collectors.toList());
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void everyFieldIsDocumented(Pair p) {
        assertNotNull(p.schema().getDoc(), p + " has no doc");
        for (Schema.Field f : p.schema().getFields()) {
            assertTrue(f.doc() != null && !f.doc().isBlank(), p + "." + f.name() + " has no doc");
        }
    }

    /** Enums travel as strings (see README): the doc is where a producer learns the accepted names. */
    @ParameterizedTest
    @MethodSource("pairs")
    void enumFieldsListEveryConstantInTheirDoc(Pair p) {
        for (RecordComponent c : p.type().getRecordComponents()) {
            if (c.getType().isEnum()) {
                String doc = p.schema().getField(c.getName()).doc();
                for (Object constant : c.getType().getEnumConstants()) {
                    assertTrue(doc.contains(((Enum<?>) constant).name()),
                            p + "." + c.getName() + " doc does not name " + constant);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void noFieldIsNamedLikeABiometricAttribute(Pair p) {
        for (Schema.Field f : p.schema().getFields()) {
            assertFalse(Biometrics.isBiometricName(f.name()), p + "." + f.name());
        }
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void theClearPlateIsDocumentedAsIngestOnly(Pair p) {
        Schema.Field plate = p.schema().getField("plateNumber");
        if (plate != null) {
            assertTrue(plate.doc().startsWith("INGEST-ONLY."), plate.doc());
            assertEquals(Schema.Type.UNION, plate.schema().getType(), "plateNumber must be optional");
        }
    }
}
