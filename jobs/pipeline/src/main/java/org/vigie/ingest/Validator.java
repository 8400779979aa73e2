package org.vigie.ingest;

import org.vigie.events.CameraDetection;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The checks that need more than one field or more than the record: the codec has already refused missing fields,
 * wrong types, unknown enum values and out-of-range coordinates, likelihoods and speeds. Each problem is a sentence
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
        if (e.eventTime() <= 0) {
            return Optional.of("eventTime " + e.eventTime() + " is not a positive epoch-millisecond time");
        }
        long now = clock.getAsLong();
        if (e.eventTime() > now + maxFutureSkewMs) {
            return Optional.of("eventTime " + Instant.ofEpochMilli(e.eventTime()) + " is more than "
                    + Duration.ofMillis(maxFutureSkewMs) + " ahead of the clock (" + Instant.ofEpochMilli(now) + ")");
        }
        if (e instanceof CameraDetection c && (c.platePseudonym() == null) != (c.plateKeyId() == null)) {
            return Optional.of("platePseudonym and plateKeyId must come together");
        }
        if (e instanceof DumpingObservation d && d.kind() == DumpingObservation.Kind.FILL_LEVEL
                && d.value() != null && !(d.value() >= 0 && d.value() <= 1)) {
            return Optional.of("fill level " + d.value() + " is outside 0..1");
        }
        return Optional.empty();
    }
}
