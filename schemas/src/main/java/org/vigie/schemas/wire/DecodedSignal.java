package org.vigie.schemas.wire;

import org.vigie.events.SignalEvent;

import java.util.Objects;

/**
 * A decoded input signal, with the clear licence plate kept apart so ingest can pseudonymise it and drop it.
 *
 * <p>{@link #toString()} never shows the plate, so logging a {@code DecodedSignal} cannot leak it.
 *
 * @param event       the signal, as the producer sent it ({@code zone} may be {@code null})
 * @param plateNumber the clear plate (ONVIF LicensePlateInfo/PlateNumber) if the producer sent one, else
 *                    {@code null}; only ever set for camera detections
 */
public record DecodedSignal(SignalEvent event, String plateNumber) {

    public DecodedSignal {
        Objects.requireNonNull(event, "event");
    }

    /** A signal without a plate. */
    public static DecodedSignal of(SignalEvent event) {
        return new DecodedSignal(event, null);
    }

    @Override
    public String toString() {
        return "DecodedSignal[event=" + event + ", plateNumber=" + (plateNumber == null ? "null" : "<redacted>") + "]";
    }
}
