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
        f.put("definitions", DEFINITIONS);
        f.put("truth_classes", Scoring.TRUTH_CLASSES);
        f.put("excluded_from_scoring", "nothing: every committed alert of every rule, every injected incident");
        f.put("runs", runs.stream().map(RunFigures::toJson).toList());
        RunFigures smallest = runs.stream().min(Comparator.comparingInt(RunFigures::cameras)).orElseThrow();
        RunFigures largest = runs.stream().max(Comparator.comparingInt(RunFigures::cameras)).orElseThrow();
        double alertGrowth = growth(largest.score().alerts(), smallest.score().alerts());
        f.put("alert_growth", alertGrowth);
        f.put("raw_event_growth", growth(largest.rawEvents(), smallest.rawEvents()));
        f.put("flagged_event_growth", growth(largest.flaggedEvents(), smallest.flaggedEvents()));
        f.put("targets", targets(runs, alertGrowth));
        return new Workload(f, List.copyOf(runs));
    }

    /** What each figure is, written into the output so that a reader of the JSON alone can check it. */
    static final Map<String, String> DEFINITIONS = definitions();

    private static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("alerts", "rule alerts the job committed to the alerts topic (read_committed), every rule");
        d.put("incidents", "incidents the job opened: CAP messages with msgType Alert, what alerts an operator");
        d.put("true_alert", "an alert whose zone is an injected incident's, whose incident class (the job's rule"
                + " to class mapping, IncidentClasses.defaults) is one of the incident's (truth_classes), and whose"
                + " match window overlaps the incident's time span");
        d.put("precision", "true alerts / alerts");
        d.put("recall", "injected incidents matched by at least one alert / injected incidents");
        d.put("alerts_per_incident", "incidents opened by a true alert, per detected injected incident: how often"
                + " the operator is alerted for one incident (alerts of its class joining an open incident update"
                + " it, they do not alert again)");
        d.put("rule_alerts_per_incident", "true rule alerts per detected injected incident: several rules may match"
                + " one incident (e.g. dumping-corroborated, then dumping-confirmed)");
        d.put("incident_precision", "incidents opened by a true alert / incidents opened");
        d.put("alerts_per_operator_hour", "alerts / simulated hours / operators");
        d.put("alert_growth", "alerts at the largest camera count / alerts at the smallest");
        d.put("flagged_events", "events raw analytics would show an operator: camera detections flagged with a"
                + " behaviour other than MOVING, traffic events other than FLOW, deposits detected, citizen reports");
        return d;
    }

    /** The targets, each with the figure it is judged on, worst run first. */
    private static Map<String, Object> targets(List<RunFigures> runs, double alertGrowth) {
        double recall = runs.stream().mapToDouble(r -> r.score().recall()).min().orElse(0);
        double precision = runs.stream().mapToDouble(r -> r.score().precision()).min().orElse(0);
        double perIncident = runs.stream().mapToDouble(r -> r.score().openingsPerIncident()).max().orElse(0);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("alert_growth <= 1.2", target(alertGrowth, alertGrowth <= 1.2));
        t.put("recall >= 0.95 (lowest run)", target(recall, recall >= 0.95));
        t.put("precision >= 0.80 (lowest run)", target(precision, precision >= 0.80));
        t.put("alerts_per_incident <= 1.05 (highest run)", target(perIncident, perIncident <= 1.05));
        return t;
    }

    private static Map<String, Object> target(double value, boolean met) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("met", met);
        return m;
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
        StringBuilder b = new StringBuilder(String.format("%8s %11s %8s %7s %9s %11s %7s %9s %10s %7s%n",
                "cameras", "raw_events", "flagged", "alerts", "incidents", "alerts/op/h", "recall", "precision",
                "alerts/inc", "job_s"));
        for (RunFigures r : runs) {
            b.append(String.format("%,8d %,11d %,8d %7d %9d %11.2f %7.3f %9.3f %10.3f %7.1f%n", r.cameras(),
                    r.rawEvents(), r.flaggedEvents(), r.score().alerts(), r.score().openings(),
                    r.alertsPerOperatorHour(), r.score().recall(), r.score().precision(),
                    r.score().openingsPerIncident(), r.jobSeconds()));
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
