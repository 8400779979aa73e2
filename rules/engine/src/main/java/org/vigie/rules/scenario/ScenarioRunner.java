package org.vigie.rules.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigie.correlate.CompiledRule;
import org.vigie.correlate.CorrelationEngine;
import org.vigie.events.Alert;

/**
 * Runs scenarios against a set of compiled rules. Each scenario gets a fresh {@link CorrelationEngine}: time is
 * advanced to each event's time before it is sent (events in {@code at} order), then to the last event plus the
 * rules' longest horizon so time-based matches and expiries have happened, and the alerts are compared with the
 * scenario's expectations.
 */
public final class ScenarioRunner {

    private final List<CompiledRule> rules;
    private final Set<String> ruleIds;
    private final long horizonMillis;

    /** @param rules compiled once, shared by every scenario run */
    public ScenarioRunner(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
        this.ruleIds = rules.stream().map(CompiledRule::id).collect(Collectors.toUnmodifiableSet());
        this.horizonMillis = rules.stream().mapToLong(CompiledRule::horizonMillis).max().orElse(0);
    }

    public List<ScenarioResult> runAll(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    public ScenarioResult run(Scenario scenario) {
        List<Alert> alerts = play(scenario);
        List<String> errors = new ArrayList<>();
        List<ExpectationOutcome> outcomes = new ArrayList<>();
        for (Expectation e : scenario.expect()) {
            if (!ruleIds.contains(e.rule())) {
                errors.add("expect names rule '" + e.rule() + "', which is not in the pack");
            }
            outcomes.add(new ExpectationOutcome(e, alerts.stream().filter(e::matches).toList()));
        }
        for (String rule : scenario.expectNone()) {
            if (!ruleIds.contains(rule)) {
                errors.add("expect_none names rule '" + rule + "', which is not in the pack");
            }
        }
        List<Alert> unexpected = alerts.stream().filter(a -> scenario.expectNone().contains(a.ruleId())).toList();
        return new ScenarioResult(scenario, outcomes, unexpected, alerts, errors);
    }

    private List<Alert> play(Scenario scenario) {
        List<GivenEvent> given = new ArrayList<>(scenario.given());
        given.sort(Comparator.comparingLong(GivenEvent::offsetMillis)); // stable: ties keep file order
        try (CorrelationEngine engine = new CorrelationEngine()) {
            rules.forEach(engine::deploy);
            long start = scenario.start().toEpochMilli();
            for (GivenEvent g : given) {
                engine.advanceTime(start + g.offsetMillis());
                engine.send(g.event());
            }
            long last = given.isEmpty() ? 0 : given.get(given.size() - 1).offsetMillis();
            engine.advanceTime(start + last + horizonMillis);
            return engine.drainAlerts();
        }
    }
}
