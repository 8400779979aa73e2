package org.vigie.simulator;

import org.vigie.events.SignalEvent;
import org.vigie.simulator.PlannedIncident.Step;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Emits the planned incidents' events at their times, then each incident's ground truth right after its last one. */
final class IncidentSource implements Source {

    private record Due(Step step, int incident) {
    }

    private final SimContext ctx;
    private final List<PlannedIncident> incidents;
    private final List<Due> due = new ArrayList<>();
    private final List<List<String>> ids = new ArrayList<>();
    private final long[] lastKey;
    private int pos;

    IncidentSource(SimContext ctx, List<PlannedIncident> incidents) {
        this.ctx = ctx;
        this.incidents = incidents;
        this.lastKey = new long[incidents.size()];
        for (int i = 0; i < incidents.size(); i++) {
            ids.add(new ArrayList<>());
            for (Step s : incidents.get(i).steps()) {
                due.add(new Due(s, i));
            }
        }
        // Stable sort: equal times keep incident order, then step order.
        due.sort(Comparator.comparingLong(d -> d.step().time()));
    }

    @Override
    public long nextTime() {
        return pos < due.size() ? due.get(pos).step().time() : Long.MAX_VALUE;
    }

    @Override
    public void fire() {
        Due d = due.get(pos++);
        SignalEvent e = d.step().build().apply(ctx.ids().next(d.step().kind()));
        long key = ctx.emitIncident(e, d.step().plate());
        List<String> seen = ids.get(d.incident());
        seen.add(e.id());
        lastKey[d.incident()] = Math.max(lastKey[d.incident()], key);
        PlannedIncident inc = incidents.get(d.incident());
        if (seen.size() == inc.steps().size()) {
            ctx.emission().add(new GroundTruth(inc.id(), inc.type(), inc.zone(), inc.segmentId(), inc.start(),
                    inc.end(), seen), lastKey[d.incident()]);
        }
    }
}
