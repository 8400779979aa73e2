package org.vigie.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.correlate.CorrelationEngine;
import org.vigie.events.Alert;
import org.vigie.events.CameraDetection;
import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.ObjectClass;
import org.vigie.events.CameraDetection.VehicleType;
import org.vigie.events.CitizenReport;
import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;
import org.vigie.rules.CompiledPack;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePackLoader;

/**
 * The starter pack against the city simulator's contract, at random timings within it: six hours, six zones, an
 * incident every 35 to 40 minutes per zone amid background noise. Every incident must give exactly one alert of each
 * rule it matches, and nothing else may alert.
 *
 * <p>35 minutes is the closest two road incidents of one zone may be: report-cluster wants 10 quiet minutes before a
 * cluster's 15, and an incident's reports are spread over its first 10 minutes. Background reports are rare (one per
 * zone every two hours or so) so that three of one kind within 15 minutes, a legitimate cluster, does not happen.
 */
class SimulatorContractTest {

    private static final long START = 1_777_622_400_000L; // 2026-05-01T08:00:00Z
    private static final long SEC = 1000L;
    private static final long MIN = 60 * SEC;
    private static final List<String> ZONES = List.of("port", "market", "old-town", "ring-road", "station", "park");
    private static final List<ServiceCode> NOISE_REPORTS = List.of(ServiceCode.NOISE, ServiceCode.OTHER,
            ServiceCode.CROWD, ServiceCode.ABANDONED_OBJECT, ServiceCode.FIGHT, ServiceCode.WRONG_WAY_DRIVER);

    /** One injected incident: what and where, from T on. */
    private record Incident(boolean dumping, String zone, long t) {
    }

    private Random random;
    private final List<SignalEvent> events = new ArrayList<>();
    private int nextId;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20260501L, 7L, 42L})
    void everyIncidentGivesExactlyOneAlertOfEachMatchingRule(long seed) {
        random = new Random(seed);
        List<Incident> incidents = new ArrayList<>();
        for (String zone : ZONES) {
            background(zone, START, START + 6 * 60 * MIN);
            for (long t = START + random.nextInt(10) * MIN; t < START + 5 * 60 * MIN; t += 35 * MIN
                    + random.nextInt(6) * MIN) {
                Incident incident = new Incident(random.nextBoolean(), zone, t);
                incidents.add(incident);
                inject(incident);
            }
        }
        List<Alert> alerts = run();

        for (Incident incident : incidents) {
            List<String> expected = incident.dumping() ? List.of("dumping-corroborated")
                    : List.of("report-cluster", "stopped-then-collapse");
            List<String> got = alerts.stream()
                    .filter(a -> a.zone().equals(incident.zone()) && a.windowStart() >= incident.t()
                            && a.windowEnd() <= incident.t() + 10 * MIN)
                    .map(Alert::ruleId).sorted().toList();
            assertEquals(expected, got, incident.toString());
        }
        long roadIncidents = incidents.stream().filter(i -> !i.dumping()).count();
        assertEquals(incidents.size() + roadIncidents, alerts.size(), "alerts not explained by an incident");
        assertTrue(incidents.size() >= 40, "the run covers enough incidents: " + incidents.size());
    }

    private List<Alert> run() {
        CompiledPack pack;
        try (RuleCompiler compiler = new RuleCompiler()) {
            pack = compiler.compile(RulePackLoader.fromDirectory(Path.of("starter")));
        }
        assertTrue(pack.ok(), pack.problems().toString());
        events.sort(Comparator.comparingLong(SignalEvent::eventTime));
        try (CorrelationEngine engine = new CorrelationEngine()) {
            pack.rules().forEach(engine::deploy);
            for (SignalEvent e : events) {
                engine.advanceTime(e.eventTime());
                engine.send(e);
            }
            engine.advanceTime(events.get(events.size() - 1).eventTime() + pack.horizonMillis());
            return engine.drainAlerts();
        }
    }

    private void inject(Incident i) {
        if (i.dumping()) {
            events.add(camera(i.zone(), i.t(), Behavior.IDLE, random.nextBoolean() ? VehicleType.VAN
                    : VehicleType.TRUCK));
            events.add(dumping(i.zone(), i.t() + (30 + random.nextInt(91)) * SEC,
                    DumpingObservation.Kind.DEPOSIT_DETECTED));
            events.add(report(i.zone(), i.t() + (120 + random.nextInt(361)) * SEC, ServiceCode.ILLEGAL_DUMPING));
        } else {
            events.add(traffic(i.zone(), i.t(), TrafficEvent.Kind.STOPPED_VEHICLE, "S1", null));
            events.add(traffic(i.zone(), i.t() + (20 + random.nextInt(71)) * SEC, TrafficEvent.Kind.FLOW, "S1",
                    5.0 + random.nextInt(10)));
            for (int n = 0; n < 3; n++) {
                events.add(report(i.zone(), i.t() + (60 + random.nextInt(541)) * SEC, ServiceCode.ROAD_ACCIDENT));
            }
        }
    }

    /** Moving vehicles, deliveries that idle without a deposit, flowing traffic, container sensors, other reports. */
    private void background(String zone, long from, long to) {
        for (long t = from; t < to; t += 30 * SEC) {
            events.add(camera(zone, t + random.nextInt(30) * SEC, Behavior.MOVING, VehicleType.CAR));
            for (String segment : List.of("S1", "S2", "S3")) {
                events.add(traffic(zone, t + random.nextInt(30) * SEC, TrafficEvent.Kind.FLOW, segment,
                        30.0 + random.nextInt(31)));
            }
            if (random.nextInt(6) == 0) {
                events.add(camera(zone, t + random.nextInt(30) * SEC, Behavior.IDLE, VehicleType.VAN));
            }
            if (random.nextInt(4) == 0) {
                events.add(dumping(zone, t + random.nextInt(30) * SEC, random.nextBoolean()
                        ? DumpingObservation.Kind.FILL_LEVEL : DumpingObservation.Kind.LID_OPENED));
            }
            if (random.nextInt(240) == 0) {
                events.add(report(zone, t, NOISE_REPORTS.get(random.nextInt(NOISE_REPORTS.size()))));
            }
        }
    }

    private CameraDetection camera(String zone, long t, Behavior behavior, VehicleType type) {
        return new CameraDetection(id(), "cam-" + zone, t, 0, 0, zone, ObjectClass.VEHICLE, 0.9, type, null, null,
                null, behavior, behavior == Behavior.IDLE ? 0.0 : 30.0, null, null, null, null);
    }

    private DumpingObservation dumping(String zone, long t, DumpingObservation.Kind kind) {
        return new DumpingObservation(id(), "dump-" + zone, t, 0, 0, zone, kind, null, null);
    }

    private TrafficEvent traffic(String zone, long t, TrafficEvent.Kind kind, String segment, Double speed) {
        return new TrafficEvent(id(), "loop-" + zone, t, 0, 0, zone, kind, segment, null, speed, null, null);
    }

    private CitizenReport report(String zone, long t, ServiceCode code) {
        return new CitizenReport(id(), "app", t, 0, 0, zone, code, null, CitizenReport.Status.OPEN, null);
    }

    private String id() {
        return "e" + nextId++;
    }
}
