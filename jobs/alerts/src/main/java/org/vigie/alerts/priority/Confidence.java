package org.vigie.alerts.priority;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Detection confidence: the first of {@code keys} present in the alert's values, read as 0..1 (or as a percentage
 * when above 1), gives {@code 1 + weight * (c - 0.5)}. No value, or one that is not a number, is neutral (x1.00): a
 * rule that reports no confidence is neither rewarded nor punished. Rule authors select it, e.g.
 * {@code cam.likelihood as likelihood}.
 *
 * @param keys   value names looked up in order (default {@code likelihood}, {@code confidence})
 * @param weight how far confidence moves the score: 0.4 maps c = 1 to x1.20 and c = 0 to x0.80
 */
public record Confidence(List<String> keys, double weight) implements Serializable {

    public Confidence {
        keys = List.copyOf(keys);
        if (weight < 0 || weight > 2) {
            throw new IllegalArgumentException("confidence weight must be within 0..2, got " + weight);
        }
    }

    public static Confidence defaults() {
        return new Confidence(List.of("likelihood", "confidence"), 0.4);
    }

    Reason weigh(Map<String, String> values) {
        for (String key : keys) {
            String text = values.get(key);
            if (text == null) {
                continue;
            }
            double c;
            try {
                c = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                return new Reason("confidence", 1.0,
                        "confidence: " + key + "='" + text + "' is not a number, neutral x1.00");
            }
            if (Double.isNaN(c)) {
                return new Reason("confidence", 1.0, "confidence: " + key + " is NaN, neutral x1.00");
            }
            if (c > 1) {
                c = c / 100;
            }
            c = Math.max(0, Math.min(1, c));
            double multiplier = 1 + weight * (c - 0.5);
            return new Reason("confidence", multiplier,
                    String.format(Locale.ROOT, "confidence: %s=%.2f: x%.2f", key, c, multiplier));
        }
        return new Reason("confidence", 1.0, "confidence: not reported, neutral x1.00");
    }
}
