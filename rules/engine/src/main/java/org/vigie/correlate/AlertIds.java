package org.vigie.correlate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable alert ids: a name-based UUID of (rule id, rule version, zone, window start, window end) and nothing else,
 * so a match recomputed after a replay or on another subtask gets the same id and can be suppressed or deduplicated.
 */
public final class AlertIds {

    private AlertIds() {
    }

    public static String of(String ruleId, int ruleVersion, String zone, long windowStart, long windowEnd) {
        // Rule ids cannot contain '|' and every field after the zone is numeric, so no two keys can collide.
        String key = ruleId + '|' + ruleVersion + '|' + zone + '|' + windowStart + '|' + windowEnd;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
