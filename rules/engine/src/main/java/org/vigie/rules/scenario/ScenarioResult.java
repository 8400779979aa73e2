package org.vigie.rules.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.vigie.events.Alert;
import org.vigie.events.EventRef;

/**
 * The outcome of one scenario run.
 *
 * @param outcomes   one per expectation, in file order
 * @param unexpected alerts of rules listed in {@code expect_none}
 * @param alerts     every alert the run produced, in emission order
 * @param errors     problems with the scenario itself against the pack (e.g. it names a rule the pack lacks)
 */
public record ScenarioResult(
        Scenario scenario,
        List<ExpectationOutcome> outcomes,
        List<Alert> unexpected,
        List<Alert> alerts,
        List<String> errors) {

    public ScenarioResult {
        outcomes = List.copyOf(outcomes);
        unexpected = List.copyOf(unexpected);
        alerts = List.copyOf(alerts);
        errors = List.copyOf(errors);
    }

    public boolean passed() {
        return errors.isEmpty() && unexpected.isEmpty() && outcomes.stream().allMatch(ExpectationOutcome::ok);
    }

    /** A readable account: expected against got, with each alert's rule, zone, window and events. */
    public String diff() {
        StringBuilder out = new StringBuilder();
        out.append(passed() ? "PASS " : "FAIL ").append(scenario.name()).append(" (").append(scenario.file())
                .append(")\n");
        for (String error : errors) {
            out.append("  error: ").append(error).append('\n');
        }
        for (ExpectationOutcome o : outcomes) {
            out.append(o.ok() ? "  ok       " : "  MISMATCH ").append("expected ").append(o.expected())
                    .append(", got ").append(o.actual()).append('\n');
            if (!o.ok()) {
                o.matching().forEach(a -> out.append("      ").append(describe(a)).append('\n'));
            }
        }
        for (Alert a : unexpected) {
            out.append("  UNEXPECTED (expect_none) ").append(describe(a)).append('\n');
        }
        if (!passed()) {
            out.append("  all alerts (").append(alerts.size()).append("):\n");
            alerts.forEach(a -> out.append("      ").append(describe(a)).append('\n'));
        }
        return out.toString();
    }

    /** One alert on one line, times as offsets from the scenario's start. */
    public String describe(Alert a) {
        long start = scenario.start().toEpochMilli();
        String events = a.contributing().stream().map(e -> describe(e, start)).collect(Collectors.joining(", "));
        return a.ruleId() + " zone=" + a.zone() + " priority=" + a.priority() + " window +"
                + Durations.format(a.windowStart() - start) + "..+" + Durations.format(a.windowEnd() - start)
                + " [" + events + "]";
    }

    private static String describe(EventRef e, long start) {
        return e.kind() + " " + e.id() + " @+" + Durations.format(e.eventTime() - start);
    }
}
