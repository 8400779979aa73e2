package org.vigie.simulator;

import org.vigie.zones.Zone;
import org.vigie.zones.ZoneMap;

import java.util.SplittableRandom;

/** Random points that ingest will assign to the intended zone. */
final class Placement {

    /** Keep clear of edges: a point on a shared edge may fall in either zone. */
    private static final double INSET = 0.08;
    private static final int TRIES = 100;

    private Placement() {
    }

    /** A point inside {@code zone} that {@code map.zoneAt} maps back to it, rounded to 6 decimals (~0.1 m). */
    static double[] pointIn(Zone zone, ZoneMap map, SplittableRandom rnd) {
        double dLat = zone.maxLat() - zone.minLat();
        double dLon = zone.maxLon() - zone.minLon();
        for (int i = 0; i < TRIES; i++) {
            double lat = round6(zone.minLat() + dLat * (INSET + (1 - 2 * INSET) * rnd.nextDouble()));
            double lon = round6(zone.minLon() + dLon * (INSET + (1 - 2 * INSET) * rnd.nextDouble()));
            if (inZone(zone, map, lat, lon)) {
                return new double[] {lat, lon};
            }
        }
        double lat = round6(zone.centerLat());
        double lon = round6(zone.centerLon());
        if (inZone(zone, map, lat, lon)) {
            return new double[] {lat, lon};
        }
        throw new IllegalArgumentException("cannot place a point inside zone " + zone.id());
    }

    private static boolean inZone(Zone zone, ZoneMap map, double lat, double lon) {
        return map.zoneAt(lat, lon).map(z -> z.id().equals(zone.id())).orElse(false);
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
