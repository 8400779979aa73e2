package org.vigie.job.types;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.vigie.events.SignalEvent;

/** Tells Flink to move {@link SignalEvent}s with {@link SignalEventSerializer} instead of Kryo. */
public final class SignalEventTypeInfo extends TypeInformation<SignalEvent> {

    private static final long serialVersionUID = 1L;

    public static final SignalEventTypeInfo INSTANCE = new SignalEventTypeInfo();

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<SignalEvent> getTypeClass() {
        return SignalEvent.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<SignalEvent> createSerializer(SerializerConfig config) {
        return SignalEventSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "SignalEvent";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignalEventTypeInfo;
    }

    @Override
    public int hashCode() {
        return SignalEventTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof SignalEventTypeInfo;
    }
}
