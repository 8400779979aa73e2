package org.vigie.schemas.wire;

/** Named writes of one record's fields, whatever the format. A {@code null} value means "absent". */
interface FieldSink {

    void string(String name, String value);

    /** An instant, as epoch milliseconds UTC. */
    void time(String name, long epochMillis);

    void number(String name, Double value);

    void integer(String name, Integer value);

    void longInteger(String name, long value);

    default void enumName(String name, Enum<?> value) {
        string(name, value == null ? null : value.name());
    }
}
