package org.vigie.demo;

import org.vigie.events.Alert;
import org.vigie.events.EventRef;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** An alert as a person at a terminal reads it: priority first, then what, where, when, and on which events. */
final class AlertFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private AlertFormat() {
    }

    static String format(Alert a) {
        String events = a.contributing().stream()
                .map(e -> kind(e) + " " + e.sourceId() + " @" + CLOCK.format(Instant.ofEpochMilli(e.eventTime())))
                .collect(Collectors.joining(", "));
        String values = a.values().isEmpty() ? "" : "\n      values: " + a.values().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return String.format("[P%d %-8s] %s v%d  zone=%s  %s -> %s UTC%n      %s%n      events: %s%s",
                a.priority(), a.severity(), a.ruleId(), a.ruleVersion(), a.zone(),
                TIME.format(Instant.ofEpochMilli(a.windowStart())), CLOCK.format(Instant.ofEpochMilli(a.windowEnd())),
                a.description(), events, values);
    }

    private static String kind(EventRef e) {
        return switch (e.kind()) {
            case CAMERA -> "camera";
            case DUMPING_SENSOR -> "dumping-sensor";
            case TRAFFIC -> "traffic";
            case CITIZEN_REPORT -> "citizen-report";
        };
    }
}
