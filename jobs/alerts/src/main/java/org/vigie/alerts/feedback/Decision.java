package org.vigie.alerts.feedback;

/** An operator's decision on an incident. Alerts are recommendations: a human decides, and the decision is kept. */
public enum Decision {
    /** Seen and being handled: the incident stands. */
    ACKNOWLEDGE,
    /** Not a real incident: it is cancelled and its rules are muted in its zone for the dismissal cooldown. */
    DISMISS_FALSE,
    /** More urgent than scored: the incident is raised to P1. */
    ESCALATE;

    /** Whether the decision says the rules were right (counts for precision). */
    public boolean confirms() {
        return this != DISMISS_FALSE;
    }
}
