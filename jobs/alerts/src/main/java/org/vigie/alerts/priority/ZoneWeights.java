package org.vigie.alerts.priority;

import org.vigie.zones.Zone;
import org.vigie.zones.ZoneMap;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Zone weight: the zone map's {@code weight} property (a school district, a station forecourt weigh more), with
 * per-zone overrides from configuration winning, and {@code fallback} for a zone the map does not know.
 *
 * @param weights  zone id to weight
 * @param fallback weight of an unknown zone (default 1.0)
 */
public record ZoneWeights(Map<String, Double> weights, double fallback) implements Serializable {

    public ZoneWeights {
        weights = Map.copyOf(weights);
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (!(e.getValue() > 0)) {
                throw new IllegalArgumentException("zone weight of '" + e.getKey() + "' must be > 0");
            }
        }
        if (!(fallback > 0)) {
            throw new IllegalArgumentException("fallback zone weight must be > 0");
        }
    }

    /** Every zone at 1.0. */
    public static ZoneWeights none() {
        return new ZoneWeights(Map.of(), 1.0);
    }

    /** The map's weights, then {@code overrides} on top. */
    public static ZoneWeights of(ZoneMap map, Map<String, Double> overrides) {
        Map<String, Double> weights = new HashMap<>();
        for (Zone z : map.zones()) {
            weights.put(z.id(), z.weight());
        }
        weights.putAll(overrides);
        return new ZoneWeights(weights, 1.0);
    }

    Reason weigh(String zone) {
        Double w = weights.get(zone);
        if (w == null) {
            return new Reason("zone", fallback,
                    String.format(Locale.ROOT, "zone %s: no weight configured, x%.2f", zone, fallback));
        }
        return new Reason("zone", w, String.format(Locale.ROOT, "zone %s weight: x%.2f", zone, w));
    }
}
