package org.vigie.ingest;

import org.vigie.events.CameraDetection;
import org.vigie.events.DeadLetter;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.DecodeException;
import org.vigie.schemas.wire.DecodedSignal;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.zones.Zone;
import org.vigie.zones.ZoneMap;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Ingest, one record at a time: decode, validate, place in a zone, pseudonymise the plate. Every way a record can
 * fail ends in a {@link Ingested.Refused} with the reason and where the record came from; nothing throws, so bad
 * input can never fail or restart the job.
 *
 * <p>Plain Java with no Flink types, so each step is testable alone; one instance per task (not thread-safe).
 */
public final class Ingest {

    private final SignalCodec codec = new SignalCodec();
    private final PlateRedactor redactor = new PlateRedactor();
    private final Validator validator;
    private final ZoneMap zones;
    private final PlatePseudonymizer plates;
    private final LongSupplier clock;

    public Ingest(ZoneMap zones, PlatePseudonymizer plates, Duration maxFutureSkew, LongSupplier clock) {
        this.zones = zones;
        this.plates = plates;
        this.clock = clock;
        this.validator = new Validator(maxFutureSkew, clock);
    }

    public Ingested process(SourceKind kind, String topic, int partition, long offset, byte[] value) {
        if (value == null) {
            return refuse(topic, partition, offset, "empty record (null value)", new byte[0]);
        }
        DecodedSignal decoded;
        try {
            decoded = codec.decode(kind, value);
        } catch (DecodeException e) {
            return refuse(topic, partition, offset, e.getMessage(), redactor.redact(value, plates));
        } catch (RuntimeException e) {
            return refuse(topic, partition, offset, "undecodable record: " + e, redactor.redact(value, plates));
        }
        SignalEvent event;
        try {
            event = pseudonymize(decoded);
        } catch (IllegalArgumentException e) {
            return refuse(topic, partition, offset, "plateNumber: " + e.getMessage(), redactor.redact(value, plates));
        }
        Optional<String> problem = validator.problem(event);
        if (problem.isPresent()) {
            return refuse(topic, partition, offset, problem.get(), safePayload(value, decoded, event));
        }
        Optional<Zone> zone = zones.zoneAt(event.lat(), event.lon());
        if (zone.isEmpty()) {
            return refuse(topic, partition, offset, "position (" + event.lat() + ", " + event.lon()
                    + ") is outside every zone of the zone map", safePayload(value, decoded, event));
        }
        return new Ingested.Accepted(event.withZone(zone.get().id()));
    }

    private SignalEvent pseudonymize(DecodedSignal decoded) {
        if (decoded.plateNumber() == null || !(decoded.event() instanceof CameraDetection c)) {
            return decoded.event();
        }
        return new CameraDetection(c.id(), c.sourceId(), c.eventTime(), c.lat(), c.lon(), c.zone(), c.objectClass(),
                c.likelihood(), c.vehicleType(), c.vehicleBrand(), c.vehicleModel(), c.vehicleColor(), c.behavior(),
                c.speedKmh(), c.objectCount(), c.trackId(), plates.pseudonymize(decoded.plateNumber()),
                plates.keyId());
    }

    /** The payload to keep for a decoded record: as received, unless it carried a clear plate. */
    private byte[] safePayload(byte[] value, DecodedSignal decoded, SignalEvent pseudonymized) {
        if (decoded.plateNumber() == null) {
            return value;
        }
        return value.length > 0 && value[0] == (byte) 0xC3
                ? codec.encodeAvro(pseudonymized, null)
                : codec.encodeJson(pseudonymized, null);
    }

    private Ingested refuse(String topic, int partition, long offset, String reason, byte[] payload) {
        return new Ingested.Refused(new DeadLetter(topic, partition, offset, reason, payload, clock.getAsLong()));
    }
}
