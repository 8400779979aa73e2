package org.vigie.schemas.wire;

import org.apache.avro.generic.GenericRecord;

import java.time.Instant;

/**
 * Named access to an Avro record, so Avro input goes through the same mappings and checks as JSON. Avro has already
 * enforced the types; what remains to check are enum names, ranges and blanks.
 */
final class AvroFields implements FieldSource, FieldSink {

    private final GenericRecord record;

    AvroFields(GenericRecord record) {
        this.record = record;
    }

    private Object required(String name) throws DecodeException {
        Object v = record.get(name);
        if (v == null) {
            throw FieldSource.missing(name);
        }
        return v;
    }

    @Override
    public String string(String name) throws DecodeException {
        return required(name).toString();
    }

    @Override
    public String optString(String name) {
        Object v = record.get(name);
        return v == null ? null : v.toString();
    }

    @Override
    public long time(String name) throws DecodeException {
        Object v = required(name);
        return v instanceof Instant ? ((Instant) v).toEpochMilli() : ((Number) v).longValue();
    }

    @Override
    public double number(String name) throws DecodeException {
        return finite(name, ((Number) required(name)).doubleValue());
    }

    @Override
    public Double optNumber(String name) throws DecodeException {
        Object v = record.get(name);
        return v == null ? null : finite(name, ((Number) v).doubleValue());
    }

    @Override
    public int integer(String name) throws DecodeException {
        return ((Number) required(name)).intValue();
    }

    @Override
    public long longInteger(String name) throws DecodeException {
        return ((Number) required(name)).longValue();
    }

    @Override
    public Integer optInteger(String name) {
        Object v = record.get(name);
        return v == null ? null : ((Number) v).intValue();
    }

    private static double finite(String name, double value) throws DecodeException {
        if (!Double.isFinite(value)) {
            throw FieldSource.notA(name, "a finite number");
        }
        return value;
    }

    @Override
    public void string(String name, String value) {
        record.put(name, value);
    }

    @Override
    public void time(String name, long epochMillis) {
        record.put(name, Instant.ofEpochMilli(epochMillis));
    }

    @Override
    public void number(String name, Double value) {
        record.put(name, value);
    }

    @Override
    public void integer(String name, Integer value) {
        record.put(name, value);
    }

    @Override
    public void longInteger(String name, long value) {
        record.put(name, value);
    }
}
