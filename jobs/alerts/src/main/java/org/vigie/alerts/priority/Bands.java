package org.vigie.alerts.priority;

import java.io.Serializable;
import java.util.Locale;

/**
 * Score thresholds of the bands: {@code score >= p1} is P1, {@code >= p2} P2, {@code >= p3} P3, below is P4. The
 * defaults (80 / 55 / 30) put an unweighted CRITICAL, HIGH, MEDIUM, LOW alert in P1, P2, P3, P4, the rule
 * severity's own base priority, so weights move an alert across a band only when they add up.
 */
public record Bands(double p1, double p2, double p3) implements Serializable {

    public Bands {
        if (!(p1 > p2 && p2 > p3 && p3 > 0)) {
            throw new IllegalArgumentException("band thresholds must satisfy p1 > p2 > p3 > 0, got "
                    + p1 + " / " + p2 + " / " + p3);
        }
    }

    public static Bands defaults() {
        return new Bands(80, 55, 30);
    }

    public Band bandOf(double score) {
        if (score >= p1) {
            return Band.P1;
        }
        if (score >= p2) {
            return Band.P2;
        }
        return score >= p3 ? Band.P3 : Band.P4;
    }

    Reason decide(double score) {
        return new Reason("band", score, String.format(Locale.ROOT,
                "score %.2f: %s (P1 >= %.0f, P2 >= %.0f, P3 >= %.0f)", score, bandOf(score), p1, p2, p3));
    }
}
