package org.vigie.alerts.priority;

import java.io.Serializable;
import java.util.Objects;

/**
 * One factor of a priority score, explained.
 *
 * @param factor which factor: {@code severity}, {@code corroboration}, {@code confidence}, {@code zone},
 *               {@code time-of-day}, {@code band} or {@code escalation}
 * @param value  points for {@code severity}, the multiplier for the weights, the score for {@code band}
 * @param text   one line an operator can read, e.g. {@code zone port-nord weight x1.30}
 */
public record Reason(String factor, double value, String text) implements Serializable {

    public Reason {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(text, "text");
    }
}
