package org.vigie.alerts.priority;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scored alert or incident.
 *
 * @param score   severity points times the weights, rounded to 0.01
 * @param band    the band the score falls in (or P1 when an operator escalated)
 * @param reasons one per factor, in the order they were applied, then the band decision
 */
public record Priority(double score, Band band, List<Reason> reasons) implements Serializable {

    public Priority {
        Objects.requireNonNull(band, "band");
        reasons = List.copyOf(reasons);
    }

    /** Whether this priority should replace {@code other}: a more urgent band, or the same band and a higher score. */
    public boolean raises(Priority other) {
        return band.moreUrgentThan(other.band) || (band == other.band && score > other.score);
    }

    /** This priority lifted to P1 by an operator's escalation, with the escalation as the last reason. */
    public Priority escalated(String operatorId, String why) {
        List<Reason> more = new ArrayList<>(reasons);
        more.add(new Reason("escalation", score, "escalated to P1 by operator " + operatorId
                + (why == null || why.isBlank() ? "" : ": " + why)));
        return new Priority(score, Band.P1, more);
    }

    /** The reasons as one line each, for an explanation. */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        for (Reason r : reasons) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(r.text());
        }
        return sb.toString();
    }
}
