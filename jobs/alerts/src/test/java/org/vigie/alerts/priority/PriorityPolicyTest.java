package org.vigie.alerts.priority;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.alerts.testing.TestAlerts;
import org.vigie.events.Alert.Severity;
import org.vigie.events.Alert;
import org.vigie.events.SourceKind;
import org.vigie.zones.ZoneMap;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.alerts.testing.TestAlerts.T0;

class PriorityPolicyTest {

    private final PriorityPolicy policy = PriorityPolicy.defaults();

    /** One camera event: no corroboration, no confidence, daytime, unknown zone: the severity's points alone. */
    private static TestAlerts lone(Severity severity) {
        return TestAlerts.rule("r").severity(severity).event("e1", SourceKind.CAMERA, "cam-1", T0);
    }

    private static double factor(Priority p, String factor) {
        return p.reasons().stream().filter(r -> r.factor().equals(factor)).findFirst().orElseThrow().value();
    }

    @ParameterizedTest
    @CsvSource({"CRITICAL, 80, P1", "HIGH, 60, P2", "MEDIUM, 40, P3", "LOW, 20, P4"})
    void severityAloneGivesTheRulesBasePriority(Severity severity, double points, Band band) {
        Priority p = policy.score(lone(severity).build());
        assertEquals(points, p.score());
        assertEquals(band, p.band());
        assertEquals(severity.basePriority(), p.band().number());
    }

    @Test
    void everyFactorLeavesAReasonAndTheBandDecisionComesLast() {
        Priority p = policy.score(TestAlerts.dumping(0));
        assertEquals(List.of("severity", "corroboration", "confidence", "zone", "time-of-day", "band"),
                p.reasons().stream().map(Reason::factor).toList());
        assertTrue(p.explain().contains("score 72.00: P2"), p.explain());
    }

    @Test
    void corroborationCountsKindsAboveSourcesAndIsCapped() {
        Alert twoKinds = TestAlerts.dumping(0);
        assertEquals(1.20, factor(policy.score(twoKinds), "corroboration"), 1e-9);
        Alert oneKindThreeSources = TestAlerts.rule("r").event("a", SourceKind.CITIZEN_REPORT, "app", T0)
                .event("b", SourceKind.CITIZEN_REPORT, "call-centre", T0)
                .event("c", SourceKind.CITIZEN_REPORT, "web", T0).build();
        assertEquals(1.10, factor(policy.score(oneKindThreeSources), "corroboration"), 1e-9);
        Alert sameSourceTwice = TestAlerts.rule("r").event("a", SourceKind.CAMERA, "cam-1", T0)
                .event("b", SourceKind.CAMERA, "cam-1", T0 + 1).build();
        assertEquals(1.00, factor(policy.score(sameSourceTwice), "corroboration"), 1e-9);
        TestAlerts all = TestAlerts.rule("r");
        for (SourceKind k : SourceKind.values()) {
            for (int i = 0; i < 4; i++) {
                all.event(k + "-" + i, k, k + "-src-" + i, T0);
            }
        }
        assertEquals(1.60, factor(policy.score(all.build()), "corroboration"), 1e-9, "capped at max");
    }

    @Test
    void eventsWithoutSourceIdEarnNoExtraSourceCredit() {
        Alert anonymous = TestAlerts.rule("r").event("a", SourceKind.CAMERA, null, T0)
                .event("b", SourceKind.CAMERA, null, T0).build();
        assertEquals(1.00, factor(policy.score(anonymous), "corroboration"), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"likelihood, 0.9, 1.16", "confidence, 0.25, 0.90", "likelihood, 90, 1.16", "likelihood, 1.0, 1.20",
            "likelihood, 0, 0.80", "likelihood, -3, 0.80", "likelihood, n/a, 1.00", "other, 0.9, 1.00"})
    void confidenceIsNeutralWhenAbsentOrUnreadable(String key, String value, double multiplier) {
        Priority p = policy.score(lone(Severity.HIGH).value(key, value).build());
        assertEquals(multiplier, factor(p, "confidence"), 1e-9);
    }

    @Test
    void likelihoodIsPreferredOverConfidence() {
        Priority p = policy.score(lone(Severity.HIGH).value("likelihood", "1").value("confidence", "0").build());
        assertEquals(1.20, factor(p, "confidence"), 1e-9);
    }

    @Test
    void zoneWeightComesFromTheMapAndOverridesWin() {
        ZoneMap city = ZoneMap.sample();
        PriorityPolicy weighted = policy.withZones(ZoneWeights.of(city, Map.of("port-nord", 1.3)));
        assertEquals(1.5, factor(weighted.score(lone(Severity.HIGH).zone("gare-centre").build()), "zone"));
        assertEquals(1.3, factor(weighted.score(lone(Severity.HIGH).zone("port-nord").build()), "zone"));
        assertEquals(1.0, factor(weighted.score(lone(Severity.HIGH).zone("nowhere").build()), "zone"));
        assertEquals(90.0, weighted.score(lone(Severity.HIGH).zone("gare-centre").build()).score());
    }

    @Test
    void zoneWeightsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ZoneWeights(Map.of("z", 0.0), 1.0));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-03-14T20:59:59Z, 1.0",   // 21:59 in Paris (UTC+1 in March before the switch)
            "2025-03-14T21:00:00Z, 1.2",   // 22:00 in Paris: night starts
            "2025-03-15T04:59:59Z, 1.2",   // 05:59 in Paris
            "2025-03-15T05:00:00Z, 1.0",   // 06:00 in Paris: night ends
            "2025-07-14T20:30:00Z, 1.2"})  // 22:30 in Paris in summer (UTC+2)
    void timeOfDayUsesTheCitysZoneAndWrapsPastMidnight(String utc, double weight) {
        Priority p = policy.score(lone(Severity.HIGH).at(Instant.parse(utc).toEpochMilli()).build());
        assertEquals(weight, factor(p, "time-of-day"));
    }

    @Test
    void timeOfDayTableAndZoneAreConfigurable() {
        TimeOfDay rush = new TimeOfDay(ZoneId.of("UTC"), List.of(new TimeOfDay.HourRange(7, 9, 1.1),
                new TimeOfDay.HourRange(17, 19, 1.1)));
        PriorityPolicy p = policy.withTimeOfDay(rush);
        assertEquals(1.1, factor(p.score(lone(Severity.HIGH).at(Instant.parse("2025-03-14T08:59:00Z")
                .toEpochMilli()).build()), "time-of-day"));
        assertEquals(1.0, factor(p.score(lone(Severity.HIGH).at(Instant.parse("2025-03-14T09:00:00Z")
                .toEpochMilli()).build()), "time-of-day"));
        assertThrows(IllegalArgumentException.class, () -> new TimeOfDay.HourRange(5, 5, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new TimeOfDay.HourRange(0, 25, 1.0));
    }

    @ParameterizedTest
    @CsvSource({"80, P1", "79.99, P2", "55, P2", "54.99, P3", "30, P3", "29.99, P4", "0.5, P4", "500, P1"})
    void bandEdgesAreInclusiveLowerBounds(double score, Band band) {
        assertEquals(band, Bands.defaults().bandOf(score));
    }

    @Test
    void scoresAreRoundedSoBandEdgesAreNotDecidedByFloatingPointNoise() {
        // 50 x 1.1 is 55.00000000000001 in doubles; the score is 55.0, exactly on the P2 edge.
        Map<Severity, Double> points = new java.util.EnumMap<>(policy.severityPoints());
        points.put(Severity.MEDIUM, 50.0);
        Alert threeSources = TestAlerts.rule("r").severity(Severity.MEDIUM)
                .event("a", SourceKind.CITIZEN_REPORT, "app", T0).event("b", SourceKind.CITIZEN_REPORT, "web", T0)
                .event("c", SourceKind.CITIZEN_REPORT, "call-centre", T0).build();
        Priority scored = policy.withSeverityPoints(points).score(threeSources);
        assertEquals(55.0, scored.score());
        assertEquals(Band.P2, scored.band());
    }

    @Test
    void bandsAndSeverityPointsAreConfigurableAndValidated() {
        PriorityPolicy strict = policy.withBands(new Bands(90, 70, 50));
        assertEquals(Band.P3, strict.score(lone(Severity.HIGH).build()).band());
        assertThrows(IllegalArgumentException.class, () -> new Bands(50, 70, 30));
        assertThrows(IllegalArgumentException.class, () -> policy.withSeverityPoints(Map.of(Severity.HIGH, 60.0)));
    }

    @Test
    void allFactorsMultiply() {
        PriorityPolicy weighted = policy.withZones(new ZoneWeights(Map.of("port-nord", 1.5), 1.0));
        Alert a = TestAlerts.rule("r").severity(Severity.MEDIUM).at(Instant.parse("2025-03-14T23:00:00Z")
                        .toEpochMilli())
                .event("a", SourceKind.CAMERA, "cam", T0).event("b", SourceKind.CITIZEN_REPORT, "app", T0)
                .value("likelihood", "1.0").build();
        // 40 x 1.2 (two kinds) x 1.2 (likelihood 1) x 1.5 (zone) x 1.2 (midnight in Paris) = 103.68
        Priority p = weighted.score(a);
        assertEquals(103.68, p.score());
        assertEquals(Band.P1, p.band());
    }

    @Test
    void escalationLiftsToP1AndSaysWho() {
        Priority p = policy.score(lone(Severity.LOW).build()).escalated("op-17", "crowd gathering");
        assertEquals(Band.P1, p.band());
        assertTrue(p.explain().endsWith("escalated to P1 by operator op-17: crowd gathering"), p.explain());
    }

    @Test
    void raisesComparesBandFirstThenScore() {
        Priority p2 = new Priority(60, Band.P2, List.of());
        assertTrue(new Priority(80, Band.P1, List.of()).raises(p2));
        assertTrue(new Priority(61, Band.P2, List.of()).raises(p2));
        assertTrue(!new Priority(90, Band.P2, List.of()).raises(new Priority(10, Band.P1, List.of())));
    }
}
