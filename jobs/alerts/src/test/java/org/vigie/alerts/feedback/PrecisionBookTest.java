package org.vigie.alerts.feedback;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrecisionBookTest {

    private final PrecisionBook book = new PrecisionBook();

    private static DecidedIncident decided(String id, Decision d, long time, Map<String, Integer> alertsByRule) {
        return new DecidedIncident(id, "port-nord", d, "op-1", time, alertsByRule);
    }

    @Test
    void precisionCountsTheAlertsOfDecidedIncidentsPerRule() {
        book.record(decided("i1", Decision.ACKNOWLEDGE, 1, Map.of("dumping-corroborated", 3)));
        book.record(decided("i2", Decision.ESCALATE, 2, Map.of("dumping-corroborated", 1, "report-cluster", 2)));
        book.record(decided("i3", Decision.DISMISS_FALSE, 3, Map.of("dumping-corroborated", 2,
                "report-cluster", 2)));
        assertEquals(new RulePrecision("dumping-corroborated", 4, 2, 3), book.precision("dumping-corroborated"));
        assertEquals(4.0 / 6, book.precision("dumping-corroborated").precision().getAsDouble(), 1e-12);
        assertEquals(0.5, book.precision("report-cluster").precision().getAsDouble(), 1e-12);
        assertEquals(2, book.all().size());
        assertEquals(3, book.decidedIncidents());
    }

    @Test
    void anIncidentCountsOnceWithItsLatestDecision() {
        book.record(decided("i1", Decision.ACKNOWLEDGE, 10, Map.of("r", 2)));
        book.record(decided("i1", Decision.DISMISS_FALSE, 20, Map.of("r", 3)));
        book.record(decided("i1", Decision.ESCALATE, 15, Map.of("r", 9)));
        assertEquals(new RulePrecision("r", 0, 3, 1), book.precision("r"));
        assertEquals(OptionalDouble.of(0.0), book.precision("r").precision());
    }

    @Test
    void aRuleNeverDecidedHasNoPrecisionYet() {
        assertEquals(OptionalDouble.empty(), book.precision("unknown").precision());
    }
}
