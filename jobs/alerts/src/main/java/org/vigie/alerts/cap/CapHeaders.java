package org.vigie.alerts.cap;

import org.vigie.alerts.incidents.IncidentChange;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka headers on every CAP record, so a desk filters without parsing CAP: one topic for all bands, filtered on
 * {@value #PRIORITY} (why not a topic per band: see the module README). The record key is the incident id, so an
 * incident's messages stay in order on one partition.
 */
public final class CapHeaders {

    /** {@code P1} .. {@code P4}: the incident's band at this message. It only rises over an incident's life. */
    public static final String PRIORITY = "vigie-priority";
    /** The incident id, as in CAP {@code incidents}. */
    public static final String INCIDENT = "vigie-incident";
    /** {@code Alert}, {@code Update} or {@code Cancel}. */
    public static final String MSG_TYPE = "vigie-msg-type";

    private CapHeaders() {
    }

    /** Header name to UTF-8 value, in a stable order. */
    public static Map<String, byte[]> of(IncidentChange change) {
        Map<String, byte[]> h = new LinkedHashMap<>();
        h.put(PRIORITY, change.incident().priority().band().name().getBytes(StandardCharsets.UTF_8));
        h.put(INCIDENT, change.incidentId().getBytes(StandardCharsets.UTF_8));
        h.put(MSG_TYPE, CapTerms.msgType(change).getBytes(StandardCharsets.UTF_8));
        return h;
    }

    /** The record key: the incident id, UTF-8. */
    public static byte[] key(IncidentChange change) {
        return change.incidentId().getBytes(StandardCharsets.UTF_8);
    }
}
