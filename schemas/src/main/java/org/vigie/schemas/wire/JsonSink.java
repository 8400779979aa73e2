package org.vigie.schemas.wire;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes fields into the JSON object the generator is in. Absent values are left out. A time field listed in
 * {@code isoNames} is followed by its ISO-8601 rendering under that name, for readers that are not programs.
 */
final class JsonSink implements FieldSink {

    private final JsonGenerator gen;
    private final Map<String, String> isoNames;

    JsonSink(JsonGenerator gen, Map<String, String> isoNames) {
        this.gen = gen;
        this.isoNames = isoNames;
    }

    JsonSink(JsonGenerator gen) {
        this(gen, Map.of());
    }

    @Override
    public void string(String name, String value) {
        try {
            if (value != null) {
                gen.writeStringField(name, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void time(String name, long epochMillis) {
        try {
            gen.writeNumberField(name, epochMillis);
            String isoName = isoNames.get(name);
            if (isoName != null) {
                gen.writeStringField(isoName, Times.iso(epochMillis));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void number(String name, Double value) {
        try {
            if (value != null) {
                gen.writeNumberField(name, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void longInteger(String name, long value) {
        try {
            gen.writeNumberField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void integer(String name, Integer value) {
        try {
            if (value != null) {
                gen.writeNumberField(name, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
