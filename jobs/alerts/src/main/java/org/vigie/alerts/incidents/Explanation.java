package org.vigie.alerts.incidents;

import org.vigie.events.EventRef;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An incident in words, for the operator: the CAP description carries it. */
final class Explanation {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private Explanation() {
    }

    static String of(Incident inc) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(String.format(Locale.ROOT, "%s in zone %s, %s (score %.2f), %s.\n", inc.incidentClass(),
                inc.zone(), inc.priority().band(), inc.priority().score(), status(inc)));
        sb.append(String.format(Locale.ROOT, "%d alert(s) from %s to %s.\n", inc.alertCount(),
                TIME.format(Instant.ofEpochMilli(inc.firstTime())), TIME.format(Instant.ofEpochMilli(inc.lastTime()))));
        if (!inc.note().isEmpty()) {
            sb.append("Operator: ").append(inc.note()).append(".\n");
        }
        sb.append("Rules:\n");
        for (RuleHit hit : inc.rules()) {
            sb.append(String.format(Locale.ROOT, "- %s v%d (%s), %d alert(s), last %s: %s\n", hit.ruleId(),
                    hit.ruleVersion(), hit.severity(), hit.alerts(), hit.lastAlertId(), hit.description()));
            Map<String, String> values = new TreeMap<>(hit.values());
            if (!values.isEmpty()) {
                sb.append("  matched values: ").append(values).append('\n');
            }
        }
        sb.append("Contributing events (").append(inc.contributing().size()).append("):\n");
        for (EventRef e : inc.contributing()) {
            sb.append("- ").append(e.id()).append(' ').append(e.kind()).append(" from ").append(e.sourceId())
                    .append(" at ").append(TIME.format(Instant.ofEpochMilli(e.eventTime()))).append('\n');
        }
        sb.append("Why ").append(inc.priority().band()).append(":\n");
        for (String line : inc.priority().explain().split("\n")) {
            sb.append("- ").append(line).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static String status(Incident inc) {
        if (inc.isOpen()) {
            return "open";
        }
        return switch (inc.closure()) {
            case QUIET -> "closed: no alert for the quiet period";
            case DISMISSED -> "closed: dismissed as false";
            case SUPERSEDED -> "closed: superseded by a new incident after the join gap";
        };
    }
}
