package org.vigie.simulator;

import org.vigie.events.SignalEvent;

import java.util.Objects;

/**
 * A signal as a source would send it: {@code zone} is null (ingest assigns it from the position) and a camera's
 * plate, when read, is in clear in {@code plateNumber} for ingest to pseudonymise.
 *
 * @param plateNumber the clear plate a camera read (e.g. "AB-123-CD"), or {@code null}
 */
public record SimEvent(SignalEvent event, String plateNumber) implements SimRecord {

    public SimEvent {
        Objects.requireNonNull(event, "event");
    }

    @Override
    public long time() {
        return event.eventTime();
    }
}
