package org.vigie.alerts.incidents;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The hook an operator's dismissal pulls: every rule of the dismissed incident is muted in its zone for
 * {@code cooldown} of event time from the decision, so the same false positive does not come straight back.
 * Alerts of other rules, and of the same rule in other zones, pass.
 */
public record DismissalCooldown(Duration cooldown) implements Serializable {

    public DismissalCooldown {
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("dismissal cooldown must be >= 0");
        }
    }

    public static DismissalCooldown defaults() {
        return new DismissalCooldown(Duration.ofHours(1));
    }

    /** The suppressions a dismissal of {@code incident} at event time {@code decidedAt} sets. */
    public List<Suppression> after(Incident incident, long decidedAt) {
        List<Suppression> out = new ArrayList<>(incident.rules().size());
        for (RuleHit hit : incident.rules()) {
            out.add(new Suppression(hit.ruleId(), decidedAt + cooldown.toMillis(), Suppression.Cause.DISMISSED,
                    incident.id()));
        }
        return out;
    }
}
