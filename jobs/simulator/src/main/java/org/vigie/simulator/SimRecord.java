package org.vigie.simulator;

/** One item of the simulator's stream: a signal event, or the ground truth of an incident whose events are all out. */
public sealed interface SimRecord permits SimEvent, GroundTruth {

    /** Event time of a signal; end time of an incident. */
    long time();
}
