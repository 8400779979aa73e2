package org.vigie.job.types;

import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalEventSerializerTest {

    static final List<SignalEvent> SAMPLES = List.of(
            new CameraDetection("c1", "cam-1", 1_700_000_000_000L, 43.7, 7.25, "port",
                    CameraDetection.ObjectClass.VEHICLE, 0.93, CameraDetection.VehicleType.VAN, "Renault", "Master",
                    "white", CameraDetection.Behavior.IDLE, 0.0, null, "t-9", "pseudo", "k1"),
            new CameraDetection("c2", "cam-2", 1L, -1, -2, null, CameraDetection.ObjectClass.HUMAN, 0.5, null,
                    null, null, null, CameraDetection.Behavior.CROWD, null, 40, null, null, null),
            new DumpingObservation("d1", "bin-1", 5L, 43.7, 7.2, "port", DumpingObservation.Kind.FILL_LEVEL, 0.8,
                    "1"),
            new DumpingObservation("d2", "bin-1", 6L, 43.7, 7.2, "port", DumpingObservation.Kind.DEPOSIT_DETECTED,
                    null, null),
            new TrafficEvent("t1", "det-1", 7L, 43.7, 7.2, "port", TrafficEvent.Kind.FLOW, "seg-1", 2, 12.5, 31,
                    0.4),
            new TrafficEvent("t2", "det-1", 8L, 43.7, 7.2, "port", TrafficEvent.Kind.STOPPED_VEHICLE, "seg-1",
                    null, null, null, null),
            new CitizenReport("r1", "desk-1", 9L, 43.7, 7.2, "port", CitizenReport.ServiceCode.ILLEGAL_DUMPING,
                    "sacs de gravats devant le conteneur", CitizenReport.Status.OPEN, "1 quai Lunel"));

    @Test
    void everyKindRoundTripsWithAndWithoutOptionalFields() throws IOException {
        for (SignalEvent e : SAMPLES) {
            DataOutputSerializer out = new DataOutputSerializer(64);
            SignalEventSerializer.INSTANCE.serialize(e, out);
            SignalEvent back = SignalEventSerializer.INSTANCE.deserialize(
                    new DataInputDeserializer(out.getCopyOfBuffer()));
            assertEquals(e, back);
        }
    }

    /** Hours of events are held in memory for replay: their device ids, zones and makes must not be copies. */
    @Test
    void lowCardinalityFieldsShareOneInstancePerValue() throws IOException {
        SignalEvent first = roundTrip(SAMPLES.get(0));
        SignalEvent second = roundTrip(SAMPLES.get(0));
        CameraDetection a = (CameraDetection) first;
        CameraDetection b = (CameraDetection) second;
        assertSame(a.sourceId(), b.sourceId());
        assertSame(a.zone(), b.zone());
        assertSame(a.vehicleBrand(), b.vehicleBrand());
        assertSame(a.vehicleColor(), b.vehicleColor());
        assertSame(a.plateKeyId(), b.plateKeyId());
        assertNotSame(a.id(), b.id(), "ids are unique: sharing them would only fill the table");
        assertSame(((TrafficEvent) roundTrip(SAMPLES.get(4))).segmentId(),
                ((TrafficEvent) roundTrip(SAMPLES.get(5))).segmentId());
    }

    private static SignalEvent roundTrip(SignalEvent e) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        SignalEventSerializer.INSTANCE.serialize(e, out);
        return SignalEventSerializer.INSTANCE.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void snapshotRestoresACompatibleSerializer() throws IOException {
        TypeSerializerSnapshot<SignalEvent> snapshot = SignalEventSerializer.INSTANCE.snapshotConfiguration();
        DataOutputSerializer out = new DataOutputSerializer(16);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
        TypeSerializerSnapshot<SignalEvent> read = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
        TypeSerializerSchemaCompatibility<SignalEvent> compat =
                SignalEventSerializer.INSTANCE.snapshotConfiguration().resolveSchemaCompatibility(read);
        assertTrue(compat.isCompatibleAsIs());
        assertEquals(SignalEventSerializer.INSTANCE, read.restoreSerializer());
    }
}
