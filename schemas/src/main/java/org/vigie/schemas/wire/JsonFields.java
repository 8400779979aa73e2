package org.vigie.schemas.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The top-level scalar fields of one JSON object. Nested objects and arrays are kept only as a marker (no Vigie
 * input field is nested) but are still walked so a biometric field name anywhere in the record is refused.
 */
final class JsonFields implements FieldSource {

    /** Stands for an object or array value: present, but not a scalar. */
    private static final Object NESTED = new Object();

    private static final double MAX_EPOCH_MS = 9.2e18;

    private final Map<String, Object> values;

    private JsonFields(Map<String, Object> values) {
        this.values = values;
    }

    /** Reads the rest of an object whose START_OBJECT the parser just returned. */
    static JsonFields read(JsonParser p) throws IOException, DecodeException {
        Map<String, Object> values = new HashMap<>(32);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Biometrics.checkName(name);
            Object value = value(p, p.nextToken());
            if (values.containsKey(name)) {
                throw new DecodeException("duplicate field '" + Texts.clip(name) + "'");
            }
            values.put(name, value);
        }
        return new JsonFields(values);
    }

    /** The scalar fields of an already parsed object node (the cold paths: alerts, dead letters). */
    static JsonFields of(JsonNode node) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode v = field.getValue();
            values.put(field.getKey(), v.isTextual() ? v.textValue() : v.isNumber() ? v.numberValue()
                    : v.isBoolean() ? v.booleanValue() : v.isContainerNode() ? NESTED : null);
        }
        return new JsonFields(values);
    }

    private static Object value(JsonParser p, JsonToken token) throws IOException, DecodeException {
        switch (token) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getBooleanValue();
            case START_OBJECT:
            case START_ARRAY:
                skipChecked(p);
                return NESTED;
            default:
                return null;
        }
    }

    private static void skipChecked(JsonParser p) throws IOException, DecodeException {
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new DecodeException("truncated JSON (unexpected end of input)");
            } else if (t == JsonToken.FIELD_NAME) {
                Biometrics.checkName(p.currentName());
            } else if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
        }
    }

    private Object required(String name) throws DecodeException {
        Object v = values.get(name);
        if (v == null) {
            throw FieldSource.missing(name);
        }
        return v;
    }

    @Override
    public String string(String name) throws DecodeException {
        required(name);
        return optString(name);
    }

    @Override
    public String optString(String name) throws DecodeException {
        Object v = values.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw FieldSource.notA(name, "a string");
    }

    /** Epoch ms as a number (a fraction is cut: sub-millisecond precision is noise) or ISO-8601 with offset. */
    @Override
    public long time(String name) throws DecodeException {
        Object v = required(name);
        if (v instanceof String) {
            return Times.parseIso(name, (String) v);
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof Double && Math.abs((Double) v) < MAX_EPOCH_MS) {
            return (long) Math.floor((Double) v);
        }
        throw FieldSource.notA(name, "epoch milliseconds or an ISO-8601 date-time with offset");
    }

    @Override
    public double number(String name) throws DecodeException {
        required(name);
        return optNumber(name);
    }

    @Override
    public Double optNumber(String name) throws DecodeException {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number)) {
            throw FieldSource.notA(name, "a number");
        }
        double d = ((Number) v).doubleValue();
        if (!Double.isFinite(d)) {
            throw FieldSource.notA(name, "a finite number");
        }
        return d;
    }

    @Override
    public int integer(String name) throws DecodeException {
        required(name);
        return optInteger(name);
    }

    @Override
    public long longInteger(String name) throws DecodeException {
        Object v = required(name);
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger) {
            throw new DecodeException("field '" + name + "' out of range: " + v + " (expected a 64-bit integer)");
        }
        throw FieldSource.notA(name, "an integer");
    }

    @Override
    public Integer optInteger(String name) throws DecodeException {
        Object v = values.get(name);
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            throw new DecodeException("field '" + name + "' out of range: " + v + " (expected a 32-bit integer)");
        }
        throw FieldSource.notA(name, "an integer");
    }
}
