package org.vigie.job.types;

import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

import java.io.IOException;

/**
 * Flink serializer for {@link SignalEvent}, used on the network between ingest and correlation and for events held
 * in state. Written by hand rather than left to Kryo: it is faster, and its format is versioned by its snapshot so a
 * savepoint taken today restores tomorrow. Enums are written by name, so adding a constant never breaks old state.
 *
 * <p>Format version 1: a kind byte, the common fields, then the kind's own fields in record order.
 */
public final class SignalEventSerializer extends TypeSerializerSingleton<SignalEvent> {

    private static final long serialVersionUID = 1L;

    public static final SignalEventSerializer INSTANCE = new SignalEventSerializer();

    private static final byte CAMERA = 1;
    private static final byte DUMPING = 2;
    private static final byte TRAFFIC = 3;
    private static final byte REPORT = 4;

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public SignalEvent createInstance() {
        return null;
    }

    @Override
    public SignalEvent copy(SignalEvent from) {
        return from;
    }

    @Override
    public SignalEvent copy(SignalEvent from, SignalEvent reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(SignalEvent e, DataOutputView out) throws IOException {
        if (e instanceof CameraDetection c) {
            out.writeByte(CAMERA);
            common(e, out);
            writeEnum(c.objectClass(), out);
            out.writeDouble(c.likelihood());
            writeEnum(c.vehicleType(), out);
            StringValue.writeString(c.vehicleBrand(), out);
            StringValue.writeString(c.vehicleModel(), out);
            StringValue.writeString(c.vehicleColor(), out);
            writeEnum(c.behavior(), out);
            writeDouble(c.speedKmh(), out);
            writeInt(c.objectCount(), out);
            StringValue.writeString(c.trackId(), out);
            StringValue.writeString(c.platePseudonym(), out);
            StringValue.writeString(c.plateKeyId(), out);
        } else if (e instanceof DumpingObservation d) {
            out.writeByte(DUMPING);
            common(e, out);
            writeEnum(d.kind(), out);
            writeDouble(d.value(), out);
            StringValue.writeString(d.unit(), out);
        } else if (e instanceof TrafficEvent t) {
            out.writeByte(TRAFFIC);
            common(e, out);
            writeEnum(t.kind(), out);
            StringValue.writeString(t.segmentId(), out);
            writeInt(t.lane(), out);
            writeDouble(t.speedKmh(), out);
            writeInt(t.flow(), out);
            writeDouble(t.occupancy(), out);
        } else {
            CitizenReport r = (CitizenReport) e;
            out.writeByte(REPORT);
            common(e, out);
            writeEnum(r.serviceCode(), out);
            StringValue.writeString(r.description(), out);
            writeEnum(r.status(), out);
            StringValue.writeString(r.address(), out);
        }
    }

    @Override
    public SignalEvent deserialize(DataInputView in) throws IOException {
        byte kind = in.readByte();
        String id = StringValue.readString(in);
        String sourceId = readShared(in);
        long eventTime = in.readLong();
        double lat = in.readDouble();
        double lon = in.readDouble();
        String zone = readShared(in);
        return switch (kind) {
            case CAMERA -> new CameraDetection(id, sourceId, eventTime, lat, lon, zone,
                    readEnum(CameraDetection.ObjectClass.class, in), in.readDouble(),
                    readEnum(CameraDetection.VehicleType.class, in), readShared(in), readShared(in), readShared(in),
                    readEnum(CameraDetection.Behavior.class, in), readDouble(in), readInt(in),
                    StringValue.readString(in), StringValue.readString(in), readShared(in));
            case DUMPING -> new DumpingObservation(id, sourceId, eventTime, lat, lon, zone,
                    readEnum(DumpingObservation.Kind.class, in), readDouble(in), readShared(in));
            case TRAFFIC -> new TrafficEvent(id, sourceId, eventTime, lat, lon, zone,
                    readEnum(TrafficEvent.Kind.class, in), readShared(in), readInt(in), readDouble(in),
                    readInt(in), readDouble(in));
            case REPORT -> new CitizenReport(id, sourceId, eventTime, lat, lon, zone,
                    readEnum(CitizenReport.ServiceCode.class, in), StringValue.readString(in),
                    readEnum(CitizenReport.Status.class, in), StringValue.readString(in));
            default -> throw new IOException("unknown signal kind byte " + kind + ": state or stream is corrupt");
        };
    }

    /** A low-cardinality text field: one instance per value (see {@link SharedStrings}). */
    private static String readShared(DataInputView in) throws IOException {
        return SharedStrings.of(StringValue.readString(in));
    }

    @Override
    public SignalEvent deserialize(SignalEvent reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<SignalEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    private static void common(SignalEvent e, DataOutputView out) throws IOException {
        StringValue.writeString(e.id(), out);
        StringValue.writeString(e.sourceId(), out);
        out.writeLong(e.eventTime());
        out.writeDouble(e.lat());
        out.writeDouble(e.lon());
        StringValue.writeString(e.zone(), out);
    }

    private static void writeEnum(Enum<?> value, DataOutputView out) throws IOException {
        StringValue.writeString(value == null ? null : value.name(), out);
    }

    private static <E extends Enum<E>> E readEnum(Class<E> type, DataInputView in) throws IOException {
        String name = StringValue.readString(in);
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static void writeDouble(Double value, DataOutputView out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double readDouble(DataInputView in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static void writeInt(Integer value, DataOutputView out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeInt(value);
        }
    }

    private static Integer readInt(DataInputView in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    /** Snapshot of format version 1; a later format bumps the version and reads both. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<SignalEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
