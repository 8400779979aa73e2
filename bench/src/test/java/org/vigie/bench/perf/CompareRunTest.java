package org.vigie.bench.perf;

import org.junit.jupiter.api.Test;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.simulator.WireFormat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The side-by-side comparison end to end on a tiny input: every figure is there and Vigie and Flink CEP raise the
 * same alerts, at parallelism 2 (so zones are spread over two Esper runtimes and two sets of CEP operators). A
 * benchmark: the speed targets are not asserted. One-second checkpoints, so each bounded job commits its last
 * transaction soon after its input ends.
 */
class CompareRunTest {

    @Test
    void allFourFiguresAndTheSameAlerts() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            CompareRun.Result r = CompareRun.run(kafka, 5_000, 2, 7, WireFormat.JSON, Duration.ofSeconds(1));
            Map<String, Object> f = CompareBench.describe(r, Figures.of("compare")).asMap();
            for (String figure : List.of("passthrough_events_per_s", "vigie_events_per_s",
                    "esper_alone_events_per_s", "flink_cep_events_per_s", "vigie_vs_passthrough",
                    "vigie_vs_flink_cep", "vigie_vs_esper_alone")) {
                assertTrue(((Number) f.get(figure)).doubleValue() > 0, figure + " = " + f.get(figure));
            }
            assertEquals(5_000L, f.get("events"));
            assertTrue(r.vigieVsCep().leftCount() > 0, "no alert: an equality of nothing proves nothing");
            assertEquals(true, f.get("same_alerts"), () -> "differences: " + f.get("first_differences"));
            assertEquals(true, f.get("same_alerts_esper_alone"),
                    () -> "differences: " + f.get("first_differences_esper_alone"));
        }
    }
}
