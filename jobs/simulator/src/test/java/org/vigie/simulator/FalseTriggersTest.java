package org.vigie.simulator;

import org.junit.jupiter.api.Test;
import org.vigie.events.CameraDetection;
import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.VehicleType;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The false triggers: they grow with the devices, and each has the shape that makes it a false trigger (one frame,
 * walking pace, a brief stop, a bag picked up again), which is what a rule with corroboration tells apart.
 */
class FalseTriggersTest {

    private static final CityConfig CITY = CityConfig.sample(3).withIncidentRates(0, 0)
            .withTime(CityConfig.DEFAULT_START, Duration.ofHours(6));

    @Test
    void falseTriggersGrowWithTheDevices() {
        List<SignalEvent> small = events(CITY.withDevices(200, 40, 100, 2));
        List<SignalEvent> big = events(CITY.withDevices(800, 40, 400, 2));
        for (Predicate<SignalEvent> kind : List.<Predicate<SignalEvent>>of(
                behavior(Behavior.WRONG_WAY), behavior(Behavior.RESERVED_LANE), behavior(Behavior.ABANDONED),
                behavior(Behavior.CROWD), traffic(TrafficEvent.Kind.CONGESTION))) {
            long a = small.stream().filter(kind).count();
            long b = big.stream().filter(kind).count();
            assertTrue(a > 20 && b > 3 * a && b < 5 * a, "4x the devices, 4x the false triggers: " + a + " -> " + b);
        }
        long misfires = big.stream().filter(traffic(TrafficEvent.Kind.WRONG_WAY)
                .or(traffic(TrafficEvent.Kind.COLLISION))).count();
        assertTrue(misfires > 0, "detector misfires");
    }

    @Test
    void eachFalseTriggerHasTheShapeThatTellsItApart() {
        Map<String, List<CameraDetection>> tracks = events(CITY.withDevices(400, 40, 100, 2)).stream()
                .filter(CameraDetection.class::isInstance).map(CameraDetection.class::cast)
                .filter(c -> c.trackId() != null && c.behavior() != Behavior.MOVING && c.behavior() != Behavior.IDLE)
                .collect(Collectors.groupingBy(CameraDetection::trackId));
        int checked = 0;
        for (List<CameraDetection> frames : tracks.values()) {
            frames = new ArrayList<>(frames);
            frames.sort(Comparator.comparingLong(CameraDetection::eventTime));
            CameraDetection first = frames.get(0);
            long span = frames.get(frames.size() - 1).eventTime() - first.eventTime();
            assertEquals(1, frames.stream().map(CameraDetection::sourceId).distinct().count());
            switch (first.behavior()) {
                case WRONG_WAY -> assertTrue(frames.size() == 1 || frames.stream().allMatch(f -> f.speedKmh() < 10),
                        "a wrong-way track is a glitch or a manoeuvre: " + frames);
                case RESERVED_LANE -> assertTrue(first.vehicleType() == VehicleType.BUS || span < 90_000
                        || frames.stream().anyMatch(f -> f.speedKmh() > 3), "a brief stop: " + frames);
                case ABANDONED -> assertTrue(frames.size() == 1 && first.likelihood() < 0.75
                        || frames.get(frames.size() - 1).behavior() == Behavior.REMOVED && span < 150_000,
                        "a glitch or a bag picked up again: " + frames);
                default -> throw new AssertionError("unexpected track " + frames);
            }
            checked++;
        }
        assertTrue(checked > 100, "tracks checked: " + checked);
    }

    private static List<SignalEvent> events(CityConfig c) {
        return new CitySimulator(c).events().map(SimEvent::event).toList();
    }

    private static Predicate<SignalEvent> behavior(Behavior b) {
        return e -> e instanceof CameraDetection c && c.behavior() == b;
    }

    private static Predicate<SignalEvent> traffic(TrafficEvent.Kind k) {
        return e -> e instanceof TrafficEvent t && t.kind() == k;
    }
}
