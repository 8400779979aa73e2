package org.vigie.ingest;

import org.vigie.events.CameraDetection;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The checks a decoded event must pass before it may reach the rules. Each returns the first problem as a sentence
 * an operator reading the dead-letter topic can act on.
 */
final class Validator {

    private final long maxFutureSkewMs;
    private final LongSupplier clock;

    Validator(Duration maxFutureSkew, LongSupplier clock) {
        this.maxFutureSkewMs = maxFutureSkew.toMillis();
        this.clock = clock;
    }

    Optional<String> problem(SignalEvent e) {
        if (blank(e.id())) {
            return Optional.of("missing required field 'id'");
        }
        if (blank(e.sourceId())) {
            return Optional.of("missing required field 'sourceId'");
        }
        if (!(e.lat() >= -90 && e.lat() <= 90)) {
            return Optional.of("lat " + e.lat() + " is outside -90..90");
        }
        if (!(e.lon() >= -180 && e.lon() <= 180)) {
            return Optional.of("lon " + e.lon() + " is outside -180..180");
        }
        if (e.eventTime() <= 0) {
            return Optional.of("eventTime " + e.eventTime() + " is not a positive epoch-millisecond time");
        }
        long now = clock.getAsLong();
        if (e.eventTime() > now + maxFutureSkewMs) {
            return Optional.of("eventTime " + Instant.ofEpochMilli(e.eventTime()) + " is more than "
                    + Duration.ofMillis(maxFutureSkewMs) + " ahead of the clock (" + Instant.ofEpochMilli(now) + ")");
        }
        if (e instanceof CameraDetection c) {
            return camera(c);
        }
        if (e instanceof DumpingObservation d) {
            return dumping(d);
        }
        if (e instanceof TrafficEvent t) {
            return traffic(t);
        }
        return Optional.empty();
    }

    private static Optional<String> camera(CameraDetection c) {
        if (c.objectClass() == null) {
            return Optional.of("missing required field 'objectClass'");
        }
        if (c.behavior() == null) {
            return Optional.of("missing required field 'behavior'");
        }
        if (!(c.likelihood() >= 0 && c.likelihood() <= 1)) {
            return Optional.of("likelihood " + c.likelihood() + " is outside 0..1");
        }
        if (c.speedKmh() != null && !(c.speedKmh() >= 0)) {
            return Optional.of("speedKmh " + c.speedKmh() + " is negative");
        }
        if (c.objectCount() != null && c.objectCount() < 0) {
            return Optional.of("objectCount " + c.objectCount() + " is negative");
        }
        if ((c.platePseudonym() == null) != (c.plateKeyId() == null)) {
            return Optional.of("platePseudonym and plateKeyId must come together");
        }
        return Optional.empty();
    }

    private static Optional<String> dumping(DumpingObservation d) {
        if (d.kind() == null) {
            return Optional.of("missing required field 'kind'");
        }
        if (d.kind() == DumpingObservation.Kind.FILL_LEVEL && d.value() != null
                && !(d.value() >= 0 && d.value() <= 1)) {
            return Optional.of("fill level " + d.value() + " is outside 0..1");
        }
        return Optional.empty();
    }

    private static Optional<String> traffic(TrafficEvent t) {
        if (t.kind() == null) {
            return Optional.of("missing required field 'kind'");
        }
        if (t.speedKmh() != null && !(t.speedKmh() >= 0)) {
            return Optional.of("speedKmh " + t.speedKmh() + " is negative");
        }
        if (t.occupancy() != null && !(t.occupancy() >= 0 && t.occupancy() <= 1)) {
            return Optional.of("occupancy " + t.occupancy() + " is outside 0..1");
        }
        if (t.flow() != null && t.flow() < 0) {
            return Optional.of("flow " + t.flow() + " is negative");
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
