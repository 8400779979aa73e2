package org.vigie.alerts.priority;

import org.vigie.events.Alert.Severity;
import org.vigie.events.Alert;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How an alert is scored and banded:
 *
 * <pre>
 *   score = severityPoints[rule severity]            CRITICAL 80, HIGH 60, MEDIUM 40, LOW 20
 *         x corroboration                            1 + 0.20 per extra source kind + 0.05 per extra source, <= 1.60
 *         x confidence                               1 + 0.4 (c - 0.5) for c = values[likelihood|confidence], else 1
 *         x zone weight                              ZoneMap weight, overridable, unknown zone 1.0
 *         x time-of-day weight                       Europe/Paris, 22h-6h x1.20, else 1.0
 *   band  = P1 if score >= 80, P2 if >= 55, P3 if >= 30, else P4
 * </pre>
 *
 * The score is rounded to 0.01 so that a band edge is never decided by floating-point noise. Immutable and
 * serializable: ship it to Flink functions as a field.
 *
 * @param severityPoints base points per rule severity; every severity must have points
 */
public record PriorityPolicy(Map<Severity, Double> severityPoints, Corroboration corroboration,
                             Confidence confidence, ZoneWeights zones, TimeOfDay timeOfDay, Bands bands)
        implements Serializable {

    public PriorityPolicy {
        severityPoints = Map.copyOf(severityPoints);
        for (Severity s : Severity.values()) {
            Double points = severityPoints.get(s);
            if (points == null || !(points > 0)) {
                throw new IllegalArgumentException("severity " + s + " needs points > 0");
            }
        }
    }

    /** The documented defaults, with every zone weighing 1.0 until {@link #withZones} is given the zone map. */
    public static PriorityPolicy defaults() {
        Map<Severity, Double> points = new EnumMap<>(Severity.class);
        points.put(Severity.CRITICAL, 80.0);
        points.put(Severity.HIGH, 60.0);
        points.put(Severity.MEDIUM, 40.0);
        points.put(Severity.LOW, 20.0);
        return new PriorityPolicy(points, Corroboration.defaults(), Confidence.defaults(), ZoneWeights.none(),
                TimeOfDay.defaults(), Bands.defaults());
    }

    public PriorityPolicy withSeverityPoints(Map<Severity, Double> points) {
        return new PriorityPolicy(points, corroboration, confidence, zones, timeOfDay, bands);
    }

    public PriorityPolicy withCorroboration(Corroboration c) {
        return new PriorityPolicy(severityPoints, c, confidence, zones, timeOfDay, bands);
    }

    public PriorityPolicy withConfidence(Confidence c) {
        return new PriorityPolicy(severityPoints, corroboration, c, zones, timeOfDay, bands);
    }

    public PriorityPolicy withZones(ZoneWeights z) {
        return new PriorityPolicy(severityPoints, corroboration, confidence, z, timeOfDay, bands);
    }

    public PriorityPolicy withTimeOfDay(TimeOfDay t) {
        return new PriorityPolicy(severityPoints, corroboration, confidence, zones, t, bands);
    }

    public PriorityPolicy withBands(Bands b) {
        return new PriorityPolicy(severityPoints, corroboration, confidence, zones, timeOfDay, b);
    }

    /** The alert's score, band and one reason per factor. */
    public Priority score(Alert alert) {
        double points = severityPoints.get(alert.severity());
        List<Reason> reasons = new ArrayList<>(6);
        reasons.add(new Reason("severity", points, String.format(Locale.ROOT,
                "severity %s (rule %s v%d): %.0f points", alert.severity(), alert.ruleId(), alert.ruleVersion(),
                points)));
        reasons.add(corroboration.weigh(alert.contributing()));
        reasons.add(confidence.weigh(alert.values()));
        reasons.add(zones.weigh(alert.zone()));
        reasons.add(timeOfDay.weigh(alert.eventTime()));
        double score = points;
        for (int i = 1; i < reasons.size(); i++) {
            score *= reasons.get(i).value();
        }
        score = Math.round(score * 100) / 100.0;
        reasons.add(bands.decide(score));
        return new Priority(score, bands.bandOf(score), reasons);
    }
}
