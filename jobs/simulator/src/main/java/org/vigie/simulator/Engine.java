package org.vigie.simulator;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/** Merges the sources of one run in event-time order and pulls records through the emission buffer. */
final class Engine implements Iterator<SimRecord> {

    /** A source with its position in the source list: the tie-break that keeps equal times deterministic. */
    private record Slot(Source source, int index) {
    }

    private final PriorityQueue<Slot> sources = new PriorityQueue<>(
            Comparator.<Slot>comparingLong(s -> s.source().nextTime()).thenComparingInt(Slot::index));
    private final Emission emission;

    Engine(List<Source> all, Emission emission) {
        this.emission = emission;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).nextTime() != Long.MAX_VALUE) {
                sources.add(new Slot(all.get(i), i));
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (true) {
            long horizon = sources.isEmpty() ? Long.MAX_VALUE : sources.peek().source().nextTime();
            if (emission.releasable(horizon)) {
                return true;
            }
            if (sources.isEmpty()) {
                return false;
            }
            Slot slot = sources.remove();
            slot.source().fire();
            if (slot.source().nextTime() != Long.MAX_VALUE) {
                sources.add(slot);
            }
        }
    }

    @Override
    public SimRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the simulated run is over");
        }
        return emission.release();
    }
}
