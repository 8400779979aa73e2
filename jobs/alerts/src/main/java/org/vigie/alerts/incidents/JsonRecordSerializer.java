package org.vigie.alerts.incidents;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import java.io.IOException;
import java.util.Objects;

/**
 * Flink serializer for Vigie's immutable value records (incidents, changes, feedback, audit), in state and on the
 * network: a format byte, then the record as length-prefixed JSON.
 *
 * <p>Why JSON and not Kryo or the POJO serializer: these records hold lists and maps, which Flink would hand to Kryo,
 * whose bytes break when a class changes. JSON restores across added fields (missing ones read as null or 0, unknown
 * ones are ignored), and incidents change per alert, not per event, so its cost does not matter. Format version 1;
 * a later one bumps {@link #FORMAT} and reads both.
 */
public final class JsonRecordSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;
    private static final byte FORMAT = 1;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private final Class<T> type;

    public JsonRecordSerializer(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        return this;
    }

    @Override
    public T createInstance() {
        return null;
    }

    @Override
    public T copy(T from) {
        return from;
    }

    @Override
    public T copy(T from, T reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView out) throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(record);
        out.writeByte(FORMAT);
        out.writeInt(json.length);
        out.write(json);
    }

    @Override
    public T deserialize(DataInputView in) throws IOException {
        byte format = in.readByte();
        if (format != FORMAT) {
            throw new IOException("unknown " + type.getSimpleName() + " format " + format
                    + ": state written by a newer Vigie, or corrupt");
        }
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        return MAPPER.readValue(json, type);
    }

    @Override
    public T deserialize(T reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        // Through an array: write(DataInputView, n) does not grow every DataOutputView.
        out.writeByte(in.readByte());
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        out.writeInt(json.length);
        out.write(json);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonRecordSerializer<?> other && other.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new Snapshot<>(type);
    }

    /** Records the value class; the JSON inside carries its own evolution. */
    public static final class Snapshot<T> implements TypeSerializerSnapshot<T> {

        private Class<T> type;

        /** For Flink, which instantiates snapshots reflectively before {@link #readSnapshot}. */
        public Snapshot() {
        }

        Snapshot(Class<T> type) {
            this.type = type;
        }

        @Override
        public int getCurrentVersion() {
            return 1;
        }

        @Override
        public void writeSnapshot(DataOutputView out) throws IOException {
            out.writeUTF(type.getName());
        }

        @Override
        @SuppressWarnings("unchecked")
        public void readSnapshot(int version, DataInputView in, ClassLoader loader) throws IOException {
            String name = in.readUTF();
            try {
                type = (Class<T>) Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IOException("state holds " + name + ", which this Vigie does not have", e);
            }
        }

        @Override
        public TypeSerializer<T> restoreSerializer() {
            return new JsonRecordSerializer<>(type);
        }

        @Override
        public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializerSnapshot<T> old) {
            return old instanceof Snapshot<T> s && s.type.equals(type)
                    ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                    : TypeSerializerSchemaCompatibility.incompatible();
        }
    }
}
