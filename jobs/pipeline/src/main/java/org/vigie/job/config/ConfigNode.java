package org.vigie.job.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed view of one section of the YAML configuration that knows its own dotted path, so every error names the
 * exact key, and that refuses keys it does not know (a misspelt key silently ignored is a production incident).
 */
final class ConfigNode {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final String path;
    private final JsonNode node;

    ConfigNode(String path, JsonNode node) {
        this.path = path;
        this.node = node == null ? MissingNode.getInstance() : node;
        if (!this.node.isMissingNode() && !this.node.isNull() && !this.node.isObject()) {
            throw new ConfigException(path.isEmpty() ? "(root)" : path, "must be a mapping");
        }
    }

    ConfigNode section(String key) {
        return new ConfigNode(keyPath(key), node.get(key));
    }

    void allowOnly(Set<String> keys) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new ConfigException(keyPath(name), "unknown key (known here: " + String.join(", ",
                        keys.stream().sorted().toList()) + ")");
            }
        }
    }

    String string(String key, String fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw new ConfigException(keyPath(key), "must be a non-empty string");
        }
        return v.asText();
    }

    int intInRange(String key, int fallback, int min, int max) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new ConfigException(keyPath(key), "must be a whole number from " + min + " to " + max
                    + ", got '" + v.asText() + "'");
        }
        return v.asInt();
    }

    boolean bool(String key, boolean fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new ConfigException(keyPath(key), "must be true or false, got '" + v.asText() + "'");
        }
        return v.asBoolean();
    }

    /** A duration written as a number and a unit: 500ms, 30s, 5m, 2h, 7d. */
    Duration duration(String key, Duration fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        Duration d = v.isTextual() ? parseDuration(v.asText()) : null;
        if (d == null) {
            throw new ConfigException(keyPath(key), "must be a duration like 500ms, 30s, 5m, 2h or 7d, got '"
                    + v.asText() + "'");
        }
        return d;
    }

    /** A duration as the configuration file writes one (500ms, 30s, 5m, 2h, 7d), or null if it is not one. */
    static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        String wanted = text.trim().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(wanted)) {
                return c;
            }
        }
        List<String> known = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            known.add(c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        throw new ConfigException(keyPath(key), "must be one of " + known + ", got '" + text + "'");
    }

    List<String> stringList(String key, List<String> fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isArray() || v.isEmpty()) {
            throw new ConfigException(keyPath(key), "must be a non-empty list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new ConfigException(keyPath(key), "must contain only non-empty strings");
            }
            out.add(item.asText());
        }
        return List.copyOf(out);
    }

    /** A flat mapping of string to scalar, passed through as-is (Kafka client properties). */
    Map<String, String> stringMap(String key) {
        JsonNode v = node.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw new ConfigException(keyPath(key), "must be a mapping of property name to value");
        }
        v.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode()) {
                throw new ConfigException(keyPath(key) + "." + e.getKey(), "must be a single value");
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
