package org.vigie.zones;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A city's zones, read from a GeoJSON FeatureCollection of Polygon features whose {@code properties} carry
 * {@code zone} (the id rules and alerts use), optionally {@code name} and {@code weight} (default 1.0).
 *
 * <p>Serializable as its source text so a Flink job can ship it to every subtask.
 */
public final class ZoneMap implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sample city map shipped with Vigie (deploy/zones/sample-city.geojson). */
    public static final String SAMPLE_RESOURCE = "/zones/sample-city.geojson";

    private final String geoJson;
    private transient List<Zone> zones;

    private ZoneMap(String geoJson) {
        this.geoJson = geoJson;
        this.zones = parseZones(geoJson);
    }

    public static ZoneMap parse(String geoJsonText) {
        return new ZoneMap(geoJsonText);
    }

    public static ZoneMap load(Path file) {
        try {
            return new ZoneMap(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zone map " + file, e);
        }
    }

    public static ZoneMap sample() {
        try (InputStream in = ZoneMap.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample zone map missing from classpath: " + SAMPLE_RESOURCE);
            }
            return new ZoneMap(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zone containing the point, the first in file order where polygons overlap. */
    public Optional<Zone> zoneAt(double lat, double lon) {
        for (Zone z : zones()) {
            if (z.contains(lat, lon)) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }

    public List<Zone> zones() {
        if (zones == null) {
            zones = parseZones(geoJson);
        }
        return zones;
    }

    public Optional<Zone> zone(String id) {
        return zones().stream().filter(z -> z.id().equals(id)).findFirst();
    }

    private static List<Zone> parseZones(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("zone map is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("zone map must be a GeoJSON FeatureCollection");
        }
        List<Zone> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode f : root.path("features")) {
            String where = "feature " + index++;
            JsonNode props = f.path("properties");
            String id = props.path("zone").asText(null);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException(where + ": properties.zone is missing");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException(where + ": zone '" + id + "' appears twice");
            }
            JsonNode geometry = f.path("geometry");
            if (!"Polygon".equals(geometry.path("type").asText())) {
                throw new IllegalArgumentException(where + " (" + id + "): geometry must be a Polygon");
            }
            List<double[]> ring = new ArrayList<>();
            for (JsonNode p : geometry.path("coordinates").path(0)) {
                ring.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()});
            }
            if (ring.size() < 4) {
                throw new IllegalArgumentException(where + " (" + id + "): a polygon ring needs at least 4 points");
            }
            out.add(Zone.of(id, props.path("name").asText(id), props.path("weight").asDouble(1.0), ring));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("zone map has no zones");
        }
        return List.copyOf(out);
    }
}
