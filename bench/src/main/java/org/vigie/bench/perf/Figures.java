package org.vigie.bench.perf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A benchmark's figures, in insertion order, printed and optionally written as one JSON file. */
final class Figures {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Figures opened with what every benchmark states: its name, when, the cores and the load at the start. */
    static Figures of(String benchmark) {
        Figures f = new Figures();
        f.put("benchmark", benchmark);
        f.put("measured_at", Instant.now().toString());
        f.put("cores", Runtime.getRuntime().availableProcessors());
        f.put("load_average_start", LoadAverage.oneMinute());
        return f;
    }

    Figures put(String key, Object value) {
        values.put(key, value instanceof Double d ? round(d) : value);
        return this;
    }

    Map<String, Object> asMap() {
        return values;
    }

    /** Adds the load at the end, prints the figures and writes them to {@code out} when given. */
    void finish(Path out) throws IOException {
        put("load_average_end", LoadAverage.oneMinute());
        String json = JSON.writeValueAsString(values);
        System.out.println(json);
        if (out != null) {
            Files.writeString(out, json + "\n");
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static double ratio(double a, double b) {
        return b == 0 ? 0 : round(a / b);
    }
}
