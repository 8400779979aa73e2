package org.vigie.alerts.cap;

import org.vigie.zones.ZoneMap;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who Vigie is in CAP terms, and how incident classes read there.
 *
 * @param sender          CAP {@code sender}: no spaces, commas, '<' or '&' (default {@code vigie@city.example})
 * @param senderName      CAP {@code senderName}, for people (default {@code Vigie})
 * @param status          {@code Actual}, or {@code Exercise} for demos and drills, {@code Test}, {@code System},
 *                        {@code Draft}
 * @param scope           {@code Restricted} (with {@code restriction}) or {@code Private} (with {@code addresses});
 *                        {@code Public} is refused: Vigie's incidents are recommendations for operators
 * @param restriction     who may see a Restricted message
 * @param addresses       recipients of a Private message; CAP writes them space-separated, each without spaces
 * @param language        CAP {@code language} of the texts Vigie writes (default {@code en-US})
 * @param categoryByClass incident class to CAP category; others get {@code defaultCategory}
 * @param eventByClass    incident class to CAP {@code event} text; others get the class, humanised
 * @param shape           the area's geometry: the zone polygon, a circle covering it, or both
 * @param instruction     CAP {@code instruction} on open incidents
 * @param zones           the zone map, for area names and geometry; null writes the zone id and no geometry
 */
public record CapProfile(String sender, String senderName, String status, String scope, String restriction,
                         List<String> addresses, String language, Map<String, String> categoryByClass,
                         String defaultCategory, Map<String, String> eventByClass, Shape shape, String instruction,
                         ZoneMap zones) implements Serializable {

    public enum Shape { POLYGON, CIRCLE, BOTH }

    static final Set<String> STATUSES = Set.of("Actual", "Exercise", "System", "Test", "Draft");
    static final Set<String> CATEGORIES = Set.of("Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health",
            "Env", "Transport", "Infra", "CBRNE", "Other");
    private static final Pattern CAP_TOKEN = Pattern.compile("[^\\s,<&]+");

    public CapProfile {
        addresses = List.copyOf(addresses);
        categoryByClass = Map.copyOf(categoryByClass);
        eventByClass = Map.copyOf(eventByClass);
        if (!CAP_TOKEN.matcher(sender).matches()) {
            throw new IllegalArgumentException("CAP sender must have no spaces, commas, '<' or '&': '" + sender + "'");
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("CAP status must be one of " + STATUSES + ", got '" + status + "'");
        }
        if ("Restricted".equals(scope)) {
            if (restriction == null || restriction.isBlank()) {
                throw new IllegalArgumentException("a Restricted scope needs a restriction text");
            }
        } else if ("Private".equals(scope)) {
            if (addresses.isEmpty() || !addresses.stream().allMatch(a -> CAP_TOKEN.matcher(a).matches())) {
                throw new IllegalArgumentException("a Private scope needs addresses, each without spaces or commas");
            }
        } else {
            throw new IllegalArgumentException("scope must be Restricted or Private, got '" + scope + "'");
        }
        if (!CATEGORIES.contains(defaultCategory) || !CATEGORIES.containsAll(categoryByClass.values())) {
            throw new IllegalArgumentException("CAP categories must be among " + CATEGORIES);
        }
    }

    /** The documented defaults; {@code zones} may be null. */
    public static CapProfile defaults(ZoneMap zones) {
        return new CapProfile("vigie@city.example", "Vigie", "Actual", "Restricted",
                "City control room operators only: recommendations to assess, not public warnings", List.of(),
                "en-US",
                Map.of("ILLEGAL_DUMPING", "Env", "ROAD_BLOCKED", "Transport", "CITIZEN_REPORTS", "Safety"),
                "Safety",
                Map.of("ILLEGAL_DUMPING", "Illegal dumping", "ROAD_BLOCKED", "Road blocked",
                        "CITIZEN_REPORTS", "Cluster of citizen reports"),
                Shape.POLYGON,
                "Vigie recommends; an operator decides. Assess, then acknowledge, escalate or dismiss as false.",
                zones);
    }

    public CapProfile withSender(String newSender, String newSenderName) {
        return new CapProfile(newSender, newSenderName, status, scope, restriction, addresses, language,
                categoryByClass, defaultCategory, eventByClass, shape, instruction, zones);
    }

    /** {@code Exercise} for demos and drills. */
    public CapProfile withStatus(String newStatus) {
        return new CapProfile(sender, senderName, newStatus, scope, restriction, addresses, language,
                categoryByClass, defaultCategory, eventByClass, shape, instruction, zones);
    }

    public CapProfile withPrivateAddresses(List<String> newAddresses) {
        return new CapProfile(sender, senderName, status, "Private", null, newAddresses, language,
                categoryByClass, defaultCategory, eventByClass, shape, instruction, zones);
    }

    public CapProfile withShape(Shape newShape) {
        return new CapProfile(sender, senderName, status, scope, restriction, addresses, language,
                categoryByClass, defaultCategory, eventByClass, newShape, instruction, zones);
    }

    public CapProfile withClass(String incidentClass, String category, String event) {
        Map<String, String> categories = new HashMap<>(categoryByClass);
        Map<String, String> events = new HashMap<>(eventByClass);
        categories.put(incidentClass, category);
        events.put(incidentClass, event);
        return new CapProfile(sender, senderName, status, scope, restriction, addresses, language, categories,
                defaultCategory, events, shape, instruction, zones);
    }
}
