package org.vigie.job.types;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each value of the low-cardinality text fields (device ids, zones, makes, models, colours, key
 * ids, segments, units) among the events a task holds. The correlate operator keeps hours of raw events for replay;
 * read from the network or from state, each would otherwise carry its own copies of a few thousand distinct strings
 * — about a third of the memory an event takes.
 *
 * <p>Bounded: past {@link #MAX_VALUES} distinct values it stops adding, so a field that turns out not to be
 * low-cardinality costs memory as before, never correctness.
 */
final class SharedStrings {

    static final int MAX_VALUES = 1 << 17;

    private static final ConcurrentHashMap<String, String> VALUES = new ConcurrentHashMap<>();

    private SharedStrings() {
    }

    static String of(String s) {
        if (s == null) {
            return null;
        }
        String shared = VALUES.get(s);
        if (shared != null) {
            return shared;
        }
        if (VALUES.size() >= MAX_VALUES) {
            return s;
        }
        shared = VALUES.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }
}
