package org.vigie.simulator;

import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * An incident fixed before the run; its events get their ids when emitted, in stream order.
 *
 * @param reportCodes the service codes of its citizen reports: background reports of these codes stay away from it
 * @param silence     for {@link GroundTruth.Type#DEVICE_SILENT}, the device's outage; otherwise {@code null}
 */
record PlannedIncident(String id, GroundTruth.Type type, String zone, String segmentId, long start, long end,
                       List<Step> steps, Set<ServiceCode> reportCodes, Silence silence) {

    /** One event of the incident: its time and kind, and how to build it once its id is known. */
    record Step(long time, SourceKind kind, Function<String, SignalEvent> build, String plate) {
    }

    /** A device that sends nothing over [from, until). */
    record Silence(String deviceId, long from, long until) {
    }

    PlannedIncident {
        steps = List.copyOf(steps);
        reportCodes = Set.copyOf(reportCodes);
    }

    PlannedIncident(String id, GroundTruth.Type type, String zone, String segmentId, long start, long end,
                    List<Step> steps, Set<ServiceCode> reportCodes) {
        this(id, type, zone, segmentId, start, end, steps, reportCodes, null);
    }

    /** Until when the incident occupies its zone: its last event, or the end of its device's silence. */
    long busyUntil() {
        return silence == null ? end : Math.max(end, silence.until());
    }
}
