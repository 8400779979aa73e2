package org.vigie.simulator;

import java.util.List;

/**
 * Emits the ground truth of each injected outage when it starts: by then the device's last event is out, and that
 * event is what a rule can point at (nothing that did not happen can be a contributing event).
 */
final class SilenceTruths implements Source {

    private final SimContext ctx;
    private final List<PlannedIncident> outages;
    private int pos;

    SilenceTruths(SimContext ctx, List<PlannedIncident> incidents) {
        this.ctx = ctx;
        // The planner lists incidents by start time.
        this.outages = incidents.stream().filter(i -> i.silence() != null).toList();
    }

    @Override
    public long nextTime() {
        return pos < outages.size() ? outages.get(pos).start() : Long.MAX_VALUE;
    }

    @Override
    public void fire() {
        PlannedIncident i = outages.get(pos++);
        Silences.Last last = ctx.silences().last(i.silence().deviceId());
        List<String> ids = last == null ? List.of() : List.of(last.eventId());
        long start = last == null ? i.start() : last.time();
        long key = last == null ? i.start() : Math.max(i.start(), last.key());
        ctx.emission().add(new GroundTruth(i.id(), i.type(), i.zone(), i.segmentId(), start, i.start(), ids), key);
    }
}
