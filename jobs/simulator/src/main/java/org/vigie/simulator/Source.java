package org.vigie.simulator;

/** A generator of events in time order, merged with the others by {@link Engine}. */
interface Source {

    /** Event time of the next firing, or {@link Long#MAX_VALUE} when done. */
    long nextTime();

    /** Emits what happens at {@link #nextTime()} (possibly nothing) and moves to the next firing. */
    void fire();
}
