package org.vigie.simulator;

import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;

import java.util.List;
import java.util.function.Function;

/** An incident fixed before the run; its events get their ids when emitted, in stream order. */
record PlannedIncident(String id, GroundTruth.Type type, String zone, String segmentId, long start, long end,
                       List<Step> steps) {

    /** One event of the incident: its time and kind, and how to build it once its id is known. */
    record Step(long time, SourceKind kind, Function<String, SignalEvent> build, String plate) {
    }

    PlannedIncident {
        steps = List.copyOf(steps);
    }
}
