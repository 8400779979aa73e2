package org.vigie.alerts.feedback;

import java.util.Objects;

/**
 * One operator decision, as read from the feedback topic.
 *
 * @param incidentId the incident, as announced in CAP {@code incidents}
 * @param operatorId who decided (a control-room login, never a person's name)
 * @param reason     free text, may be empty; recorded in the audit trail
 * @param time       when the operator decided, epoch ms (the operator's clock)
 */
public record OperatorFeedback(String incidentId, Decision decision, String operatorId, String reason, long time) {

    public OperatorFeedback {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(operatorId, "operatorId");
        reason = reason == null ? "" : reason;
    }
}
