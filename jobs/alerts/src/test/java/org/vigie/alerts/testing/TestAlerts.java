package org.vigie.alerts.testing;

import org.vigie.events.Alert;
import org.vigie.events.EventRef;
import org.vigie.events.SourceKind;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Alerts for tests, built fluently; ids are stable like the correlator's (rule, version, zone, window). */
public final class TestAlerts {

    /** 2025-03-14T10:00:00+00:00, 11:00 in Paris: daytime, weight 1.0. */
    public static final long T0 = Instant.parse("2025-03-14T10:00:00Z").toEpochMilli();
    public static final long MINUTE = 60_000L;

    private String ruleId = "dumping-corroborated";
    private int version = 1;
    private String zone = "port-nord";
    private Alert.Severity severity = Alert.Severity.HIGH;
    private long time = T0;
    private final List<EventRef> refs = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();

    private TestAlerts() {
    }

    /** An alert of {@code ruleId}: HIGH, zone port-nord, at T0, no events until some are added. */
    public static TestAlerts rule(String ruleId) {
        TestAlerts b = new TestAlerts();
        b.ruleId = ruleId;
        return b;
    }

    /** A dumping-corroborated alert at {@code T0 + minutes}: a camera and a bin sensor, so two kinds. */
    public static Alert dumping(int minutes) {
        long t = T0 + minutes * MINUTE;
        return rule("dumping-corroborated").at(t)
                .event("cam-1/" + minutes, SourceKind.CAMERA, "cam-1", t - 30_000)
                .event("dump-7/" + minutes, SourceKind.DUMPING_SENSOR, "dump-7", t).build();
    }

    public static EventRef ref(String id, SourceKind kind, String sourceId, long t) {
        return new EventRef(id, kind, sourceId, t);
    }

    public TestAlerts version(int v) {
        version = v;
        return this;
    }

    public TestAlerts zone(String z) {
        zone = z;
        return this;
    }

    public TestAlerts severity(Alert.Severity s) {
        severity = s;
        return this;
    }

    public TestAlerts at(long t) {
        time = t;
        return this;
    }

    public TestAlerts event(String id, SourceKind kind, String sourceId, long t) {
        refs.add(ref(id, kind, sourceId, t));
        return this;
    }

    public TestAlerts value(String name, String value) {
        values.put(name, value);
        return this;
    }

    public Alert build() {
        long start = refs.stream().mapToLong(EventRef::eventTime).min().orElse(time);
        String key = ruleId + '|' + version + '|' + zone + '|' + start + '|' + time;
        String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        return new Alert(id, ruleId, version, zone, severity, severity.basePriority(), time, start, time,
                "test rule " + ruleId, refs, values);
    }
}
