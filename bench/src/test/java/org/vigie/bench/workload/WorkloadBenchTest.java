package org.vigie.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workload computation end to end on a tiny city; a benchmark, so the targets are not asserted here. */
class WorkloadBenchTest {

    private static final List<String> RUN_FIELDS = List.of("cameras", "raw_events", "alerts", "incidents",
            "alerts_per_operator_hour", "recall", "precision", "alerts_per_incident");

    @Test
    void writesEveryFigureForEveryCameraCount(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("workload.json");
        int exit = new CommandLine(new WorkloadBench()).execute("--cameras", "20,40", "--hours", "1",
                "--out", out.toString());
        assertEquals(0, exit);

        JsonNode figures = new ObjectMapper().readTree(Files.readString(out));
        assertEquals("workload", figures.get("benchmark").asText());
        assertTrue(figures.get("alert_growth").isNumber(), "alert_growth");
        JsonNode runs = figures.get("runs");
        assertEquals(2, runs.size());
        for (int i = 0; i < runs.size(); i++) {
            JsonNode run = runs.get(i);
            for (String field : RUN_FIELDS) {
                assertTrue(run.hasNonNull(field) && run.get(field).isNumber(), field + " in " + run);
            }
            assertTrue(run.get("raw_events").asLong() > 0, "events were written");
            assertTrue(run.get("injected_incidents").asInt() > 0, "incidents were injected");
            assertEquals(0, run.get("late_events").asInt(), "no event is late");
            long alerts = run.get("alerts").asLong();
            long byRule = 0;
            long trueByRule = 0;
            for (JsonNode rule : run.get("by_rule")) {
                assertEquals(rule.get("alerts").asLong(), rule.get("true").asLong() + rule.get("false").asLong());
                byRule += rule.get("alerts").asLong();
                trueByRule += rule.get("true").asLong();
            }
            assertEquals(alerts, byRule, "every alert is in the per-rule figures");
            assertEquals(run.get("true_alerts").asLong(), trueByRule);
            assertTrue(run.get("incidents").asLong() <= alerts, "an incident is opened by an alert");
            assertEquals(0, run.get("unattributed_incidents").asInt(), "every opened incident has its alert");
            assertTrue(run.get("flagged_events").asLong() < run.get("raw_events").asLong());
        }
        assertEquals(4, figures.get("targets").size());
        assertTrue(runs.get(1).get("raw_events").asLong() > runs.get(0).get("raw_events").asLong(),
                "more cameras, more events");
        assertEquals(20, runs.get(0).get("cameras").asInt());
        assertEquals(40, runs.get(1).get("cameras").asInt());
    }
}
