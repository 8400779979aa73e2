package org.vigie.simulator;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The emission buffer. Each record gets a release key: its event time plus a random delay of at most
 * {@code disorderMs} (none when 0). Records leave in key order once no future record can have a smaller key, so a
 * record is never emitted after one whose time is more than {@code disorderMs} later, and memory stays bounded by
 * the disorder window. Delays come from their own random stream: disorder changes the order, never the content.
 */
final class Emission {

    private record Pending(long key, long seq, SimRecord record) {
    }

    private final PriorityQueue<Pending> buffer =
            new PriorityQueue<>(Comparator.comparingLong(Pending::key).thenComparingLong(Pending::seq));
    private final SplittableRandom rnd;
    private final long disorderMs;
    private long seq;

    Emission(long disorderMs, SplittableRandom rnd) {
        this.disorderMs = disorderMs;
        this.rnd = rnd;
    }

    /** Buffers an event; returns its release key. */
    long add(SimEvent e) {
        long key = e.time() + (disorderMs > 0 ? rnd.nextLong(disorderMs + 1) : 0);
        buffer.add(new Pending(key, seq++, e));
        return key;
    }

    /** Buffers a ground truth to leave right after the event with release key {@code afterKey}. */
    void add(GroundTruth truth, long afterKey) {
        buffer.add(new Pending(afterKey, seq++, truth));
    }

    /** Whether the next record may leave, given that no record added from now on has a key below {@code horizon}. */
    boolean releasable(long horizon) {
        return !buffer.isEmpty() && buffer.peek().key() <= horizon;
    }

    SimRecord release() {
        return buffer.remove().record();
    }
}
