package org.vigie.rules.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.correlate.CompiledRule;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.TestRules;

class ScenarioRunnerTest {

    private static RuleCompiler compiler;
    private static ScenarioRunner runner;

    @BeforeAll
    static void compile() {
        compiler = new RuleCompiler();
        CompiledRule noise = TestRules.compile(compiler, TestRules.text("noise", 1, "LOW",
                "select * from CitizenReport(serviceCode='NOISE')"));
        // Fires only once event time has passed 5 minutes after the report: proves the runner advances the horizon.
        CompiledRule quiet = TestRules.compile(compiler, TestRules.text("quiet", 1, "MEDIUM",
                "context ByZone select * from pattern [every r=CitizenReport(serviceCode='FIGHT')"
                        + " -> (timer:interval(5 min) and not CitizenReport(serviceCode='FIGHT'))"
                        + " where timer:within(6 min)]"));
        runner = new ScenarioRunner(List.of(noise, quiet));
    }

    @AfterAll
    static void close() {
        compiler.close();
    }

    @Test
    void passesWhenCountsMatchAndRunsToTheHorizon() {
        ScenarioResult result = runner.run(scenario("""
                    given:
                      - {at: 2m, type: CitizenReport, zone: a, serviceCode: NOISE}
                      - {at: 0s, type: CitizenReport, zone: a, serviceCode: FIGHT}
                    expect:
                      - {rule: noise, zone: a, priority: 4}
                      - {rule: quiet, zone: a, priority: 3}
                      - {rule: noise, zone: b, count: 0}
                """));
        assertTrue(result.passed(), result.diff());
        // Sent in 'at' order: the FIGHT at 0s is quiet from 5m on, after the NOISE at 2m.
        assertEquals(List.of("noise", "quiet"), result.alerts().stream().map(a -> a.ruleId()).toList());
    }

    @Test
    void failingScenariosShowExpectedAgainstGotWithTheAlerts() {
        ScenarioResult result = runner.run(scenario("""
                    given:
                      - {at: 0s, type: CitizenReport, zone: a, serviceCode: NOISE}
                      - {at: 30s, type: CitizenReport, zone: a, serviceCode: NOISE}
                    expect:
                      - {rule: noise, zone: a, count: 1}
                    expect_none: [quiet, nonexistent]
                """));
        assertFalse(result.passed());
        assertEquals(2, result.outcomes().get(0).actual());
        assertEquals(List.of("expect_none names rule 'nonexistent', which is not in the pack"), result.errors());
        String diff = result.diff();
        assertTrue(diff.startsWith("FAIL runner test (t.scenarios.yaml)\n"), diff);
        assertTrue(diff.contains("MISMATCH expected 1 x noise zone=a, got 2"), diff);
        assertTrue(diff.contains("noise zone=a priority=4 window +30s..+30s [CITIZEN_REPORT report-2 @+30s]"), diff);
    }

    @Test
    void alertsOfRulesInExpectNoneAreUnexpected() {
        ScenarioResult result = runner.run(scenario("""
                    given:
                      - {at: 0s, type: CitizenReport, zone: a, serviceCode: FIGHT}
                    expect_none: [quiet]
                """));
        assertFalse(result.passed());
        assertEquals(1, result.unexpected().size());
        assertTrue(result.diff().contains("UNEXPECTED (expect_none) quiet zone=a priority=3 window +0s..+0s"),
                result.diff());
    }

    private static Scenario scenario(String body) {
        return ScenarioParser.parse("t.scenarios.yaml", "scenarios:\n  - name: runner test\n" + body).get(0);
    }
}
