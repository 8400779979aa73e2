package org.vigie.alerts.feedback;

import java.util.Map;
import java.util.Objects;

/**
 * An incident an operator decided on, with what it was made of: the input of {@link PrecisionBook}.
 *
 * @param alertsByRule how many alerts of each rule the incident held when decided
 * @param time         when the operator decided, epoch ms
 */
public record DecidedIncident(String incidentId, String zone, Decision decision, String operatorId, long time,
                              Map<String, Integer> alertsByRule) {

    public DecidedIncident {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(decision, "decision");
        alertsByRule = Map.copyOf(alertsByRule);
    }
}
