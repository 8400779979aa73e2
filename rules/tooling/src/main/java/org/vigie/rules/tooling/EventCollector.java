package org.vigie.rules.tooling;

import java.util.ArrayList;
import java.util.List;
import org.vigie.events.SignalEvent;
import org.vigie.zones.Zone;
import org.vigie.zones.ZoneMap;

/**
 * The recorded events a backtest runs over, as its inputs read them: events in the {@code [from, to)} event-time
 * range are kept, with their zone assigned from the zone map when the record has none (as ingest does); a record
 * that cannot be decoded, or lies outside every zone, is refused and counted (its first reasons kept).
 */
final class EventCollector {

    private static final int KEPT_REASONS = 5;

    private final List<SignalEvent> events = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private final ZoneMap zones;
    private final long from;
    private final long to;
    private long refused;
    private long read;

    /** @param from first event time kept, epoch ms; @param to first event time not kept */
    EventCollector(ZoneMap zones, long from, long to) {
        this.zones = zones;
        this.from = from;
        this.to = to;
    }

    void add(SignalEvent event, String where) {
        read++;
        if (event.eventTime() < from || event.eventTime() >= to) {
            return;
        }
        if (event.zone() == null) {
            Zone zone = zones.zoneAt(event.lat(), event.lon()).orElse(null);
            if (zone == null) {
                count(where, "outside every zone (" + event.lat() + ", " + event.lon() + ")");
                return;
            }
            event = event.withZone(zone.id());
        }
        events.add(event);
    }

    void refuse(String where, String reason) {
        read++;
        count(where, reason);
    }

    private void count(String where, String reason) {
        refused++;
        if (reasons.size() < KEPT_REASONS) {
            reasons.add(where + ": " + reason);
        }
    }

    /** Records read so far, kept or not. */
    long read() {
        return read;
    }

    List<SignalEvent> events() {
        return events;
    }

    long refused() {
        return refused;
    }

    /** The first few refusals, {@code where: reason}. */
    List<String> reasons() {
        return List.copyOf(reasons);
    }
}
