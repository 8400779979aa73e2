package org.vigie.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.TrafficEvent;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three starter rules, checked by brute force over whole runs: they match injected incidents, each with its own
 * events only, and never noise.
 */
class NoiseNeverMatchesTest {

    @ParameterizedTest(name = "seed {0}, noise x{1}")
    @CsvSource({"1, 1", "2, 1", "3, 1", "4, 3"})
    void rulesMatchIncidentsOnlyAndEachOnce(long seed, double noiseFactor) {
        CityConfig config = Runs.busy(seed, Duration.ofHours(4));
        config = config.withNoise(config.noise().scaled(noiseFactor));
        Runs.Collected run = Runs.collect(new CitySimulator(config));
        List<RuleOracle.Match> matches = RuleOracle.matches(run.events(), config.zoneMap());

        for (RuleOracle.Match m : matches) {
            List<GroundTruth> owners = run.truths().stream().filter(g -> g.eventIds().containsAll(m.eventIds()))
                    .toList();
            assertEquals(1, owners.size(), "match on noise or across incidents: " + m);
            GroundTruth.Type expected = m.rule() == RuleOracle.Rule.DUMPING_CORROBORATED
                    ? GroundTruth.Type.ILLEGAL_DUMPING : GroundTruth.Type.ROAD_INCIDENT;
            assertEquals(expected, owners.get(0).type(), m.toString());
        }
        for (GroundTruth g : run.truths()) {
            Map<RuleOracle.Rule, Long> mine = matches.stream().filter(m -> g.eventIds().containsAll(m.eventIds()))
                    .collect(Collectors.groupingBy(RuleOracle.Match::rule, Collectors.counting()));
            if (g.type() == GroundTruth.Type.ILLEGAL_DUMPING) {
                // camera+deposit, camera+report, deposit+report: the three pairs of one incident.
                assertEquals(Map.of(RuleOracle.Rule.DUMPING_CORROBORATED, 3L), mine, g.toString());
            } else {
                assertEquals(Map.of(RuleOracle.Rule.STOPPED_THEN_SLOW, 1L, RuleOracle.Rule.REPEATED_REPORTS, 1L),
                        mine, g.toString());
            }
        }
        noiseLooksLikeIncidentsSometimes(run);
    }

    @Test
    void noiseAloneNeverMatches() {
        CityConfig config = Runs.busy(7, Duration.ofHours(6)).withIncidentRates(0, 0);
        Runs.Collected run = Runs.collect(new CitySimulator(config));
        assertEquals(List.of(), RuleOracle.matches(run.events(), config.zoneMap()));
        assertEquals(List.of(), run.truths());
    }

    /** The guard must thin noise, not erase it: each ingredient of a signature still occurs alone. */
    private static void noiseLooksLikeIncidentsSometimes(Runs.Collected run) {
        Set<String> injected = new HashSet<>();
        run.truths().forEach(g -> injected.addAll(g.eventIds()));
        List<Object> noise = run.events().stream().filter(e -> !injected.contains(e.event().id()))
                .map(SimEvent::event).collect(Collectors.toList());
        assertTrue(noise.stream().anyMatch(e -> e instanceof CameraDetection c
                && c.behavior() == CameraDetection.Behavior.IDLE), "no idle vehicle");
        assertTrue(noise.stream().anyMatch(e -> e instanceof DumpingObservation d
                && d.kind() == DumpingObservation.Kind.DEPOSIT_DETECTED), "no false deposit");
        assertTrue(noise.stream().anyMatch(e -> e instanceof TrafficEvent t
                && t.kind() == TrafficEvent.Kind.STOPPED_VEHICLE), "no stopped vehicle");
        assertTrue(noise.stream().anyMatch(e -> e instanceof CitizenReport r
                && r.serviceCode() == CitizenReport.ServiceCode.ILLEGAL_DUMPING), "no dumping report");
        assertTrue(noise.stream().anyMatch(e -> e instanceof CitizenReport r
                && r.serviceCode() == CitizenReport.ServiceCode.ROAD_ACCIDENT), "no accident report");
    }
}
