package org.vigie.bench.workload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workload benchmark as a call: one run per camera count, then how the alerts grew against the raw events.
 *
 * @param figures the JSON document: settings, {@code runs}, {@code alert_growth}
 */
public record Workload(Map<String, Object> figures, List<RunFigures> runs) {

    /** Runs every camera count in turn (each on a fresh broker and a fresh local cluster). */
    public static Workload run(List<Integer> cameras, Duration span, long seed, int parallelism, int operators)
            throws Exception {
        if (cameras.isEmpty() || operators < 1 || span.isNegative() || span.isZero()) {
            throw new IllegalArgumentException("need camera counts, a positive duration and at least one operator");
        }
        List<RunFigures> runs = new ArrayList<>();
        for (int n : cameras) {
            runs.add(WorkloadRun.run(n, span, seed, parallelism, operators));
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("benchmark", "workload");
        f.put("measured_at", Instant.now().toString());
        f.put("hours", span.toMillis() / 3_600_000.0);
        f.put("seed", seed);
        f.put("parallelism", parallelism);
        f.put("cores", Runtime.getRuntime().availableProcessors());
        f.put("operators", operators);
        f.put("operator_assumption", "alerts_per_operator_hour = alerts / simulated hours / operators: " + operators
                + " operator(s) watching the whole city");
        f.put("rule_packs", WorkloadRun.PACKS);
        f.put("injected_incidents_per_hour", WorkloadCity.incidentsPerHour());
        f.put("runs", runs.stream().map(RunFigures::toJson).toList());
        RunFigures smallest = runs.stream().min(Comparator.comparingInt(RunFigures::cameras)).orElseThrow();
        RunFigures largest = runs.stream().max(Comparator.comparingInt(RunFigures::cameras)).orElseThrow();
        f.put("alert_growth", growth(largest.score().alerts(), smallest.score().alerts()));
        f.put("raw_event_growth", growth(largest.rawEvents(), smallest.rawEvents()));
        return new Workload(f, List.copyOf(runs));
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workload figures", e);
        }
    }

    /** One line per camera count, then the growth line. */
    public String table() {
        StringBuilder b = new StringBuilder(String.format("%8s %11s %7s %9s %10s %7s %9s %10s %7s%n", "cameras",
                "raw_events", "alerts", "incidents", "alerts/op/h", "recall", "precision", "alerts/inc", "job_s"));
        for (RunFigures r : runs) {
            b.append(String.format("%,8d %,11d %7d %9d %10.2f %7.3f %9.3f %10.3f %7.1f%n", r.cameras(),
                    r.rawEvents(), r.score().alerts(), r.incidents(), r.alertsPerOperatorHour(), r.score().recall(),
                    r.score().precision(), r.score().alertsPerIncident(), r.jobSeconds()));
        }
        b.append(String.format("alert_growth %.3f while raw events grew x%.1f%n", (double) figures.get("alert_growth"),
                (double) figures.get("raw_event_growth")));
        return b.toString();
    }

    private static double growth(long largest, long smallest) {
        return smallest == 0 ? 0 : Math.round((double) largest / smallest * 1000) / 1000.0;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
