package org.vigie.bench.perf;

import org.junit.jupiter.api.Test;
import org.vigie.events.Alert;
import org.vigie.events.EventRef;
import org.vigie.events.SourceKind;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertComparisonTest {

    private static Alert alert(String rule, String zone, String... ids) {
        List<EventRef> refs = java.util.Arrays.stream(ids).map(id -> new EventRef(id, SourceKind.TRAFFIC, "det-1",
                1_000)).toList();
        return new Alert("id-" + String.join("", ids), rule, 1, zone, Alert.Severity.HIGH, 2, 1_000, 1_000, 1_000,
                "d", refs, Map.of());
    }

    @Test
    void sameRuleZoneAndEventsAreTheSameAlertWhateverElseDiffers() {
        Alert vigie = alert("r", "port", "a", "b");
        Alert cep = new Alert("other-id", "r", 1, "port", Alert.Severity.LOW, 4, 5, 5, 5, "other",
                List.of(vigie.contributing().get(1), vigie.contributing().get(0)), Map.of("x", "1"));
        AlertComparison c = AlertComparison.of("vigie", List.of(vigie), "cep", List.of(cep));
        assertTrue(c.same(), c.firstDifferences()::toString);
    }

    @Test
    void aDuplicateAnotherZoneOrAnotherEventIsADifference() {
        AlertComparison dup = AlertComparison.of("vigie", List.of(alert("r", "port", "a")), "cep",
                List.of(alert("r", "port", "a"), alert("r", "port", "a")));
        assertFalse(dup.same());
        assertEquals(1, dup.onlyRight());

        AlertComparison zone = AlertComparison.of("vigie", List.of(alert("r", "port", "a")), "cep",
                List.of(alert("r", "cap", "a")));
        assertEquals(List.of("cep-only: r cap [a]", "vigie-only: r port [a]"), zone.firstDifferences());

        assertFalse(AlertComparison.of("vigie", List.of(alert("r", "port", "a", "b")), "cep",
                List.of(alert("r", "port", "a", "c"))).same());
    }
}
