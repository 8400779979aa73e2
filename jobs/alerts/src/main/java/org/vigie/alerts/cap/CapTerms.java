package org.vigie.alerts.cap;

import org.vigie.alerts.incidents.Incident;
import org.vigie.alerts.incidents.IncidentChange;
import org.vigie.alerts.priority.Band;
import org.vigie.alerts.priority.Corroboration;

import java.util.List;

/**
 * The CAP vocabulary for an incident change: msgType, urgency, severity, certainty, responseType. The table is in
 * the module README; each choice here says why.
 */
final class CapTerms {

    private CapTerms() {
    }

    /**
     * OPENED is an Alert, UPDATED an Update. A close is what CAP consumers expect of each ending: a dismissed
     * incident is a Cancel (the earlier messages were wrong: withdraw them), one that went quiet is an Update with
     * responseType AllClear and urgency Past (it happened and is over: keep it, mark it ended).
     */
    static String msgType(IncidentChange change) {
        return switch (change.type()) {
            case OPENED -> "Alert";
            case UPDATED -> "Update";
            case CLOSED -> change.incident().closure() == Incident.Closure.DISMISSED ? "Cancel" : "Update";
        };
    }

    /** P1 and P2 act now, P3 within the hour, P4 later; anything closed is Past. */
    static String urgency(Incident inc) {
        if (!inc.isOpen()) {
            return "Past";
        }
        return switch (inc.priority().band()) {
            case P1, P2 -> "Immediate";
            case P3 -> "Expected";
            case P4 -> "Future";
        };
    }

    /** The band, one CAP severity each: P1 Extreme, P2 Severe, P3 Moderate, P4 Minor. */
    static String severity(Band band) {
        return switch (band) {
            case P1 -> "Extreme";
            case P2 -> "Severe";
            case P3 -> "Moderate";
            case P4 -> "Minor";
        };
    }

    /**
     * From corroboration, since a rule match is evidence, not a sighting: three or more kinds of source, or an
     * operator's escalation, Observed; two kinds, or three independent sources, Likely; less, Possible. A dismissed
     * incident is Unlikely: an operator judged it false.
     */
    static String certainty(Incident inc) {
        if (inc.closure() == Incident.Closure.DISMISSED) {
            return "Unlikely";
        }
        boolean escalated = inc.priority().reasons().stream().anyMatch(r -> r.factor().equals("escalation"));
        int kinds = Corroboration.kinds(inc.contributing());
        if (escalated || kinds >= 3) {
            return "Observed";
        }
        return kinds == 2 || Corroboration.sources(inc.contributing()) >= 3 ? "Likely" : "Possible";
    }

    /** Assess while open (the operator evaluates), AllClear once quiet, None once dismissed or superseded. */
    static List<String> responseType(Incident inc) {
        if (inc.isOpen()) {
            return List.of("Assess");
        }
        return List.of(inc.closure() == Incident.Closure.QUIET ? "AllClear" : "None");
    }
}
