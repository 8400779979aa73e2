package org.vigie.zones;

import java.util.List;

/**
 * One zone of a city map: a polygon (outer ring, lon/lat pairs as GeoJSON has them, first == last) with its
 * bounding box, a display name and a weight that alert priority may use.
 */
public record Zone(String id, String name, double weight, List<double[]> ring,
                   double minLat, double minLon, double maxLat, double maxLon) {

    static Zone of(String id, String name, double weight, List<double[]> ring) {
        double minLat = Double.MAX_VALUE, minLon = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
        for (double[] p : ring) {
            minLon = Math.min(minLon, p[0]);
            maxLon = Math.max(maxLon, p[0]);
            minLat = Math.min(minLat, p[1]);
            maxLat = Math.max(maxLat, p[1]);
        }
        return new Zone(id, name, weight, List.copyOf(ring), minLat, minLon, maxLat, maxLon);
    }

    /** Whether the point lies inside the polygon (ray casting; points on an edge may fall either side). */
    public boolean contains(double lat, double lon) {
        if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) {
            return false;
        }
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double xi = ring.get(i)[0], yi = ring.get(i)[1];
            double xj = ring.get(j)[0], yj = ring.get(j)[1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    public double centerLat() {
        return (minLat + maxLat) / 2;
    }

    public double centerLon() {
        return (minLon + maxLon) / 2;
    }
}
