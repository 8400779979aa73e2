package org.vigie.rules.tooling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;

/**
 * What a backtest found: alerts per day (UTC, of the alert's event time), rule and priority, and how fast it ran.
 *
 * @param firstEventTime epoch ms of the earliest event run, or 0 if none
 * @param lastEventTime  epoch ms of the latest event run, or 0 if none
 * @param refused        records read but not run: undecodable, or outside every zone
 * @param rows           one per (day, rule, priority) with alerts, sorted
 */
record BacktestReport(List<String> rules, long events, long refused, long firstEventTime, long lastEventTime,
                      long elapsedMillis, long eventsPerSecond, List<Row> rows) {

    static final int PRIORITIES = 4;

    record Row(LocalDate day, String rule, int priority, long alerts) {
    }

    BacktestReport {
        rules = List.copyOf(rules);
        rows = List.copyOf(rows);
    }

    long alerts() {
        return rows.stream().mapToLong(Row::alerts).sum();
    }

    /** Alerts per rule, every rule listed (zero included), by id. */
    Map<String, Long> byRule() {
        Map<String, Long> counts = new TreeMap<>();
        rules.forEach(r -> counts.put(r, 0L));
        rows.forEach(r -> counts.merge(r.rule(), r.alerts(), Long::sum));
        return counts;
    }

    String summary() {
        return "backtest: " + rules.size() + " rules over " + events + " events (" + refused + " refused)"
                + (events == 0 ? "" : " from " + Instant.ofEpochMilli(firstEventTime) + " to "
                + Instant.ofEpochMilli(lastEventTime)) + ": " + alerts() + " alerts in "
                + String.format("%.2f s", elapsedMillis / 1000.0) + ", " + eventsPerSecond + " events/s";
    }

    /** The counts as a table: per day, then per rule over all days, then the total. */
    String table() {
        int width = Math.max(20, rules.stream().mapToInt(String::length).max().orElse(0));
        String format = "%-10s  %-" + width + "s %6s %6s %6s %6s %7s%n";
        StringBuilder out = new StringBuilder(summary()).append("\n\n");
        out.append(String.format(format, "day", "rule", "P1", "P2", "P3", "P4", "total"));
        Map<String, long[]> perDay = new LinkedHashMap<>();
        rows.forEach(r -> perDay.computeIfAbsent(r.day() + " " + r.rule(), k -> new long[PRIORITIES])
                [r.priority() - 1] += r.alerts());
        String lastDay = "";
        for (Map.Entry<String, long[]> e : perDay.entrySet()) {
            String day = e.getKey().substring(0, 10);
            out.append(line(format, day.equals(lastDay) ? "" : day, e.getKey().substring(11), e.getValue()));
            lastDay = day;
        }
        Map<String, long[]> perRule = new TreeMap<>();
        rules.forEach(r -> perRule.put(r, new long[PRIORITIES]));
        rows.forEach(r -> perRule.computeIfAbsent(r.rule(), k -> new long[PRIORITIES])[r.priority() - 1]
                += r.alerts());
        long[] total = new long[PRIORITIES];
        String label = "all days";
        for (Map.Entry<String, long[]> e : perRule.entrySet()) {
            out.append(line(format, label, e.getKey(), e.getValue()));
            label = "";
            for (int p = 0; p < PRIORITIES; p++) {
                total[p] += e.getValue()[p];
            }
        }
        return out.append(line(format, "total", "", total)).toString();
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.putPOJO("rules", rules);
        root.put("events", events).put("refused", refused);
        if (events > 0) {
            root.put("from", Instant.ofEpochMilli(firstEventTime).toString())
                    .put("to", Instant.ofEpochMilli(lastEventTime).toString());
        }
        root.put("alerts", alerts()).put("elapsedMs", elapsedMillis).put("eventsPerSecond", eventsPerSecond);
        ObjectNode byRule = root.putObject("byRule");
        byRule().forEach(byRule::put);
        ArrayNode array = root.putArray("rows");
        rows.forEach(r -> array.addObject().put("day", r.day().toString()).put("rule", r.rule())
                .put("priority", r.priority()).put("alerts", r.alerts()));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
    }

    private static String line(String format, String day, String rule, long[] counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return String.format(format, day, rule, counts[0], counts[1], counts[2], counts[3], sum);
    }

    /** Counts alerts as they are drained from the engine. */
    static final class Counter {

        private final Map<Row, Long> counts = new TreeMap<>(Comparator.comparing(Row::day)
                .thenComparing(Row::rule).thenComparingInt(Row::priority));

        void add(Alert alert) {
            LocalDate day = Instant.ofEpochMilli(alert.eventTime()).atZone(ZoneOffset.UTC).toLocalDate();
            counts.merge(new Row(day, alert.ruleId(), alert.priority(), 0), 1L, Long::sum);
        }

        BacktestReport report(List<String> rules, List<SignalEvent> events, long refused, long elapsedNanos) {
            List<Row> rows = new ArrayList<>();
            counts.forEach((k, n) -> rows.add(new Row(k.day(), k.rule(), k.priority(), n)));
            long first = events.isEmpty() ? 0 : events.get(0).eventTime();
            long last = events.isEmpty() ? 0 : events.get(events.size() - 1).eventTime();
            long perSecond = elapsedNanos <= 0 ? 0 : Math.round(events.size() * 1e9 / elapsedNanos);
            return new BacktestReport(rules, events.size(), refused, first, last, elapsedNanos / 1_000_000,
                    perSecond, rows);
        }
    }
}
