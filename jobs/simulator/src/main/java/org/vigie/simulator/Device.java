package org.vigie.simulator;

import org.vigie.events.SourceKind;

/**
 * A device of the simulated city, placed strictly inside its zone.
 *
 * @param kind      what it produces: cameras, dumping sensors, traffic detectors, call-centre desks (citizen reports)
 * @param segmentId for a traffic detector, its road segment {@code seg-<zone>-<n>}; otherwise {@code null}
 * @param lane      for a traffic detector, its lane (1 or 2); otherwise {@code null}
 */
public record Device(String id, SourceKind kind, String zone, double lat, double lon, String segmentId,
                     Integer lane) {
}
