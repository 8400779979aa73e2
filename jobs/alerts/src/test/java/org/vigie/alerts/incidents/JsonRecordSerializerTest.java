package org.vigie.alerts.incidents;

import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.vigie.alerts.feedback.AuditRecord;
import org.vigie.alerts.feedback.Decision;
import org.vigie.alerts.feedback.OperatorFeedback;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.alerts.testing.TestAlerts.MINUTE;
import static org.vigie.alerts.testing.TestAlerts.T0;
import static org.vigie.alerts.testing.TestAlerts.dumping;

class JsonRecordSerializerTest {

    private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        DataOutputSerializer copied = new DataOutputSerializer(256);
        serializer.copy(new DataInputDeserializer(out.getCopyOfBuffer()), copied);
        return serializer.deserialize(new DataInputDeserializer(copied.getCopyOfBuffer()));
    }

    private static Incident someIncident() throws Exception {
        TrackerRig zone = new TrackerRig();
        zone.alert(dumping(0));
        zone.alert(dumping(6));
        zone.watermark(T0 + 40 * MINUTE);
        return zone.only();
    }

    @Test
    void incidentsChangesAndFeedbackRoundTrip() throws Exception {
        Incident inc = someIncident();
        assertEquals(inc, roundTrip(IncidentTypes.INCIDENT.createSerializer(null), inc));
        IncidentChange change = IncidentChange.of(IncidentChange.Type.CLOSED, inc);
        assertEquals(change, roundTrip(IncidentTypes.CHANGE.createSerializer(null), change));
        OperatorFeedback f = new OperatorFeedback(inc.id(), Decision.ESCALATE, "op-1", "", T0);
        assertEquals(f, roundTrip(IncidentTypes.FEEDBACK.createSerializer(null), f));
        AuditRecord a = new AuditRecord("vigie", "x", T0, "incident:" + inc.id(), Map.of("k", "v"));
        assertEquals(a, roundTrip(IncidentTypes.AUDIT.createSerializer(null), a));
    }

    @Test
    void theSnapshotRestoresACompatibleSerializer() throws Exception {
        TypeSerializer<Incident> serializer = IncidentTypes.INCIDENT.createSerializer(null);
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        TypeSerializerSnapshot<Incident> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
        assertEquals(serializer, restored.restoreSerializer());
        assertTrue(serializer.snapshotConfiguration().resolveSchemaCompatibility(restored).isCompatibleAsIs());
    }

    @Test
    void anUnknownFormatIsRefusedNotMisread() {
        byte[] bogus = {9, 0, 0, 0, 2, '{', '}'};
        IOException e = assertThrows(IOException.class, () -> IncidentTypes.INCIDENT.createSerializer(null)
                .deserialize(new DataInputDeserializer(bogus)));
        assertTrue(e.getMessage().contains("format 9"), e.getMessage());
    }
}
