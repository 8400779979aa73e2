package org.vigie.rules.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code <name>.scenarios.yaml} file. Strict on purpose: an unknown key anywhere is an error, so a typo cannot
 * silently turn an expectation off.
 */
public final class ScenarioParser {

    public static final String SUFFIX = ".scenarios.yaml";
    /** The start of a scenario that gives none. */
    public static final Instant DEFAULT_START = Instant.parse("2026-05-01T08:00:00Z");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "start", "given", "expect", "expect_none");
    private static final Set<String> EXPECT_KEYS = Set.of("rule", "zone", "priority", "count");

    private ScenarioParser() {
    }

    /**
     * The scenarios of one file.
     *
     * @throws ScenarioFormatException naming the file, scenario and entry at fault
     */
    public static List<Scenario> parse(String file, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ScenarioFormatException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("scenarios");
        if (list == null || !list.isArray()) {
            throw new ScenarioFormatException(file + ": expected a top-level 'scenarios:' list");
        }
        List<Scenario> scenarios = new ArrayList<>();
        int index = 0;
        for (JsonNode node : list) {
            index++;
            scenarios.add(scenario(file, index, node));
        }
        return scenarios;
    }

    private static Scenario scenario(String file, int index, JsonNode node) {
        String name = node.path("name").asText("");
        String where = file + ", scenario " + (name.isEmpty() ? "#" + index : "'" + name + "'");
        if (name.isEmpty()) {
            throw new ScenarioFormatException(where + ": needs a 'name'");
        }
        checkKeys(where, node, SCENARIO_KEYS);
        Instant start = DEFAULT_START;
        if (node.has("start")) {
            try {
                start = Instant.parse(node.get("start").asText());
            } catch (DateTimeParseException e) {
                throw new ScenarioFormatException(where + ": start must be an instant like 2026-05-01T08:00:00Z");
            }
        }
        List<GivenEvent> given = new ArrayList<>();
        int number = 0;
        for (JsonNode entry : list(where, node, "given")) {
            number++;
            String entryWhere = where + ", given #" + number;
            long at = Durations.parse(entry.path("at").asText(""));
            if (!entry.path("at").isTextual() || at < 0) {
                throw new ScenarioFormatException(entryWhere + ": 'at' must be a duration like 0s, 90s, 2m, 1h");
            }
            given.add(new GivenEvent(at, GivenEvents.build(entryWhere, number, entry, start.toEpochMilli() + at)));
        }
        if (given.isEmpty()) {
            throw new ScenarioFormatException(where + ": 'given' needs at least one event");
        }
        List<Expectation> expect = new ArrayList<>();
        for (JsonNode entry : list(where, node, "expect")) {
            expect.add(expectation(where + ", expect #" + (expect.size() + 1), entry));
        }
        List<String> expectNone = new ArrayList<>();
        for (JsonNode rule : list(where, node, "expect_none")) {
            expectNone.add(rule.asText());
        }
        return new Scenario(name, file, start, given, expect, expectNone);
    }

    private static Expectation expectation(String where, JsonNode entry) {
        checkKeys(where, entry, EXPECT_KEYS);
        String rule = entry.path("rule").asText("");
        if (rule.isEmpty()) {
            throw new ScenarioFormatException(where + ": needs a 'rule'");
        }
        Integer priority = null;
        if (entry.has("priority")) {
            priority = entry.get("priority").asInt(0);
            if (priority < 1 || priority > 4) {
                throw new ScenarioFormatException(where + ": priority must be 1..4");
            }
        }
        int count = entry.has("count") ? entry.get("count").asInt(-1) : 1;
        if (count < 0 || (entry.has("count") && !entry.get("count").isIntegralNumber())) {
            throw new ScenarioFormatException(where + ": count must be a whole number >= 0");
        }
        return new Expectation(rule, entry.has("zone") ? entry.get("zone").asText() : null, priority, count);
    }

    private static JsonNode list(String where, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return YAML.createArrayNode();
        }
        if (!value.isArray()) {
            throw new ScenarioFormatException(where + ": '" + key + "' must be a list");
        }
        return value;
    }

    private static void checkKeys(String where, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            throw new ScenarioFormatException(where + ": expected a mapping");
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                throw new ScenarioFormatException(where + ": unknown key '" + key + "' (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }
}
