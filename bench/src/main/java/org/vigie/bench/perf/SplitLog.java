package org.vigie.bench.perf;

import java.util.Arrays;

/**
 * For one input partition: the event time of each record written to it, in write order, and the wall-clock instant
 * (nanoTime) the broker acknowledged it, from which point a consumer can read it. Event times only grow within a
 * partition (the simulator writes in event-time order), so both arrays are sorted.
 */
final class SplitLog {

    private long[] eventTimes = new long[1024];
    private long[] ackNanos = new long[1024];
    private int size;

    synchronized void add(long eventTime, long ackedAt) {
        if (size == eventTimes.length) {
            eventTimes = Arrays.copyOf(eventTimes, size * 2);
            ackNanos = Arrays.copyOf(ackNanos, size * 2);
        }
        eventTimes[size] = eventTime;
        ackNanos[size] = ackedAt;
        size++;
    }

    /** When the first record with event time at or after {@code t} was acknowledged; -1 if none was written. */
    synchronized long firstAckAtOrAfter(long t) {
        int i = Arrays.binarySearch(eventTimes, 0, size, t);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && eventTimes[i - 1] == t) {
                i--;
            }
        }
        return i < size ? ackNanos[i] : -1;
    }

    synchronized int size() {
        return size;
    }
}
