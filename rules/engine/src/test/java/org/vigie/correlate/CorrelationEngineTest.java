package org.vigie.correlate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.correlate.TestEvents.flow;
import static org.vigie.correlate.TestEvents.report;
import static org.vigie.correlate.TestEvents.stopped;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.events.Alert;
import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.EventRef;
import org.vigie.events.SourceKind;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePackLoader;
import org.vigie.rules.TestRules;

class CorrelationEngineTest {

    private static final long T0 = 1_777_622_400_000L; // 2026-05-01T08:00:00Z
    private static final long MIN = 60_000L;

    /** Alerts when a stopped vehicle's segment sees no FLOW for 2 minutes: fires on time passing alone. */
    private static final String NO_FLOW_AFTER_STOP = "context ByZone select * from pattern ["
            + " every s=TrafficEvent(kind='STOPPED_VEHICLE')"
            + " -> (timer:interval(2 min) and not TrafficEvent(kind='FLOW', segmentId=s.segmentId))"
            + " where timer:within(3 min)]";
    private static final String FIGHT_REPORT = "select * from CitizenReport(serviceCode='FIGHT')";

    private static RuleCompiler compiler;
    private static CompiledRule noFlow;
    private static CompiledRule fightV1;
    private static CompiledRule fightV2;
    private CorrelationEngine engine;

    @BeforeAll
    static void compileRules() {
        compiler = new RuleCompiler();
        noFlow = TestRules.compile(compiler, "no-flow", 1, NO_FLOW_AFTER_STOP);
        fightV1 = TestRules.compile(compiler, "fight", 1, FIGHT_REPORT);
        fightV2 = TestRules.compile(compiler, TestRules.text("fight", 2, "CRITICAL", FIGHT_REPORT));
    }

    @AfterAll
    static void closeCompiler() {
        compiler.close();
    }

    @BeforeEach
    void startEngine() {
        engine = new CorrelationEngine();
        engine.advanceTime(T0);
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void timeBasedMatchFiresWhenTimeIsAdvancedNotBefore() {
        engine.deploy(noFlow);
        engine.send(stopped("t1", T0, "ring", "S1"));
        engine.advanceTime(T0 + 2 * MIN - 1);
        assertEquals(List.of(), engine.drainAlerts(), "2 minutes have not passed in event time");

        engine.advanceTime(T0 + 2 * MIN);
        List<Alert> alerts = engine.drainAlerts();
        assertEquals(1, alerts.size());
        assertEquals(List.of(new EventRef("t1", SourceKind.TRAFFIC, "loop-1", T0)), alerts.get(0).contributing());
        assertEquals("ring", alerts.get(0).zone());
    }

    @Test
    void anEventInTimeCancelsTheAbsence() {
        engine.deploy(noFlow);
        engine.send(stopped("t1", T0, "ring", "S1"));
        engine.advanceTime(T0 + MIN);
        engine.send(flow("t2", T0 + MIN, "ring", "S1", 40.0));
        engine.advanceTime(T0 + 10 * MIN);
        assertEquals(List.of(), engine.drainAlerts());
    }

    @Test
    void undeployStopsAlerts() {
        engine.deploy(fightV1);
        engine.send(report("r1", T0, "old-town", ServiceCode.FIGHT));
        assertEquals(1, engine.drainAlerts().size());

        assertTrue(engine.undeploy("fight"));
        assertFalse(engine.undeploy("fight"));
        engine.send(report("r2", T0, "old-town", ServiceCode.FIGHT));
        assertEquals(List.of(), engine.drainAlerts());
        assertEquals(Map.of(), engine.deployedRules());
    }

    @Test
    void redeployReplacesTheOldVersion() {
        engine.deploy(fightV1);
        engine.deploy(fightV2);
        assertEquals(Map.of("fight", 2), engine.deployedRules());

        engine.send(report("r1", T0, "old-town", ServiceCode.FIGHT));
        List<Alert> alerts = engine.drainAlerts();
        assertEquals(1, alerts.size(), "only the new version may match");
        assertEquals(2, alerts.get(0).ruleVersion());
        assertEquals(Alert.Severity.CRITICAL, alerts.get(0).severity());
        assertEquals(1, alerts.get(0).priority());
        assertEquals(1, engine.alertsOut("fight"));
    }

    @Test
    void alertIdsAreStableAcrossEnginesAndDependOnlyOnRuleZoneAndWindow() {
        engine.deploy(noFlow);
        engine.send(stopped("t1", T0, "ring", "S1"));
        engine.advanceTime(T0 + 5 * MIN);
        Alert first = engine.drainAlerts().get(0);

        try (CorrelationEngine other = new CorrelationEngine()) {
            other.advanceTime(T0 - MIN);
            other.deploy(noFlow);
            other.advanceTime(T0);
            other.send(stopped("t1", T0, "ring", "S1"));
            other.advanceTime(T0 + 3 * MIN);
            Alert second = other.drainAlerts().get(0);
            assertEquals(first.id(), second.id());
            assertEquals(first, second);
        }
        assertEquals(AlertIds.of("no-flow", 1, "ring", T0, T0), first.id());
        assertFalse(first.id().equals(AlertIds.of("no-flow", 2, "ring", T0, T0)));
    }

    @Test
    void alertIsExplainedByItsEventsSortedAndDeduplicated() {
        CompiledRule cluster = TestRules.compile(compiler, "cluster", 1,
                "select serviceCode, count(*) as reports, window(*) @eventbean as recent,"
                        + " last(*) @eventbean as latest from CitizenReport#time(10 min)#length(2)"
                        + " having count(*) = 2");
        engine.deploy(cluster);
        engine.send(report("r2", T0, "old-town", ServiceCode.NOISE));
        engine.advanceTime(T0 + MIN);
        engine.send(report("r1", T0 + MIN, "old-town", ServiceCode.NOISE));

        Alert alert = engine.drainAlerts().get(0);
        assertEquals(List.of("r2", "r1"), alert.contributing().stream().map(EventRef::id).toList());
        assertEquals("old-town", alert.zone(), "zone from the events when no zone column is selected");
        assertEquals(T0, alert.windowStart());
        assertEquals(T0 + MIN, alert.windowEnd());
        assertEquals(T0 + MIN, alert.eventTime());
        assertEquals(Map.of("serviceCode", "NOISE", "reports", "2"), alert.values());
        assertEquals("test rule cluster", alert.description());
        assertEquals(Alert.Severity.HIGH.basePriority(), alert.priority());
    }

    @Test
    void aMatchWithoutEventsIsCountedNotEmitted() {
        CompiledRule timerOnly = TestRules.compile(compiler, "timer-only", 1,
                "select * from pattern [r=CitizenReport(serviceCode='FIGHT') or timer:interval(1 min)]");
        engine.deploy(timerOnly);
        engine.advanceTime(T0 + 2 * MIN);
        assertEquals(List.of(), engine.drainAlerts());
        assertEquals(1, engine.emptyMatches("timer-only"));
        assertEquals(0, engine.alertsOut("timer-only"));
    }

    @Test
    void countsEventsInAndAlertsOutPerRule() {
        engine.deploy(fightV1);
        engine.send(report("r1", T0, "old-town", ServiceCode.FIGHT));
        engine.send(report("r2", T0, "old-town", ServiceCode.NOISE));
        engine.send(report("r3", T0, "port", ServiceCode.FIGHT));
        assertEquals(3, engine.eventsIn());
        assertEquals(2, engine.alertsOut("fight"));
        assertEquals(Map.of("fight", 2L), engine.alertsOutByRule());
        assertEquals(2, engine.drainAlerts().size());
        assertEquals(List.of(), engine.drainAlerts(), "drained alerts are not handed out twice");
    }

    @Test
    void timeNeverGoesBackwards() {
        engine.advanceTime(T0 + MIN);
        engine.advanceTime(T0 + MIN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.advanceTime(T0));
        assertTrue(e.getMessage().contains("backwards"), e.getMessage());
        assertEquals(T0 + MIN, engine.currentTime());
    }

    @Test
    void enginesAreIndependentAndCloseReleasesTheRuntime() {
        CorrelationEngine other = new CorrelationEngine();
        other.deploy(fightV1);
        engine.deploy(fightV1);
        other.send(report("r1", 0, "old-town", ServiceCode.FIGHT));
        assertEquals(List.of(), engine.drainAlerts());
        assertEquals(1, other.drainAlerts().size());
        other.close();
        assertThrows(RuntimeException.class, () -> other.send(report("r2", 0, "old-town", ServiceCode.FIGHT)));
    }

    @Test
    void aRuleWhoseOutputCannotBeExplainedIsRefusedAtDeploy() {
        RuleCompiler.Result raw = compiler.compile(RulePackLoader.fromText("raw.epl",
                TestRules.text("raw", 1, "LOW", "select window(*) as w from CitizenReport#time(1 min)")).rules().get(0));
        assertFalse(raw.ok());
        assertTrue(raw.problems().get(0).message().contains("@eventbean"), raw.problems().toString());
    }
}
