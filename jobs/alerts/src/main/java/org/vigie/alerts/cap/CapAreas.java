package org.vigie.alerts.cap;

import org.vigie.zones.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A zone as a CAP area. Contributing events carry no position ({@code EventRef} has id, kind, source and time), so
 * the geometry is the zone's: its polygon, and a circle around its centre that covers it.
 */
final class CapAreas {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private CapAreas() {
    }

    static CapArea of(String zoneId, Optional<Zone> zone, CapProfile.Shape shape) {
        List<CapValue> geocode = List.of(new CapValue("vigie:zone", zoneId));
        if (zone.isEmpty()) {
            return new CapArea(zoneId, List.of(), List.of(), geocode);
        }
        Zone z = zone.get();
        List<String> polygon = shape == CapProfile.Shape.CIRCLE ? List.of() : List.of(polygon(z));
        List<String> circle = shape == CapProfile.Shape.POLYGON ? List.of() : List.of(circle(z));
        return new CapArea(z.name(), polygon, circle, geocode);
    }

    /** CAP pairs are "lat,lon" while GeoJSON rings are [lon, lat]; the ring is closed if the map left it open. */
    static String polygon(Zone z) {
        List<double[]> ring = new ArrayList<>(z.ring());
        double[] first = ring.get(0);
        double[] last = ring.get(ring.size() - 1);
        if (first[0] != last[0] || first[1] != last[1]) {
            ring.add(first);
        }
        StringBuilder sb = new StringBuilder();
        for (double[] p : ring) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(coordinate(p[1])).append(',').append(coordinate(p[0]));
        }
        return sb.toString();
    }

    /** The bounding-box centre and the distance to the farthest ring point, rounded up to 10 m. */
    static String circle(Zone z) {
        double lat = z.centerLat();
        double lon = z.centerLon();
        double radius = 0;
        for (double[] p : z.ring()) {
            radius = Math.max(radius, haversineKm(lat, lon, p[1], p[0]));
        }
        radius = Math.ceil(radius * 100) / 100;
        return coordinate(lat) + ',' + coordinate(lon) + ' ' + String.format(Locale.ROOT, "%.2f", radius);
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
