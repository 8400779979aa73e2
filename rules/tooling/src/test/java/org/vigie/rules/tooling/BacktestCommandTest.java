package org.vigie.rules.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.SimEvent;

/** {@code rules backtest} over simulator events: the counts equal one engine fed directly, whatever the file order. */
class BacktestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static List<SimEvent> events;
    private static Path lines;
    private static Map<String, Long> expected;

    @BeforeAll
    static void simulate() throws IOException {
        events = SimulatedCity.events(11, 3);
        lines = SimulatedCity.writeLines(events, dir.resolve("city.jsonl"), 500);
        expected = SimulatedCity.directCounts(Path.of(CheckCommandTest.STARTER), SimulatedCity.zoned(events));
        assertTrue(expected.values().stream().mapToLong(Long::longValue).sum() >= 10, expected.toString());
    }

    @Test
    void jsonReportCountsEqualTheEngineRunDirectly() throws IOException {
        Cli.Run run = Cli.run("backtest", "--rules", CheckCommandTest.STARTER, "--events", lines.toString(),
                "--json", "--no-progress");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(events.size(), report.get("events").asLong());
        assertEquals(0, report.get("refused").asLong());
        assertEquals(expected, counts(report));
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), report.get("alerts").asLong());
        assertEquals(List.of("dumping-corroborated", "report-cluster", "stopped-then-collapse"),
                JSON.convertValue(report.get("rules"), List.class));
        assertTrue(report.get("eventsPerSecond").asLong() > 0, run.out());
        System.out.println("backtest JSON lines: " + report.get("events") + " events at "
                + report.get("eventsPerSecond") + " events/s");
    }

    @Test
    void tableReportAndProgressBar() {
        Cli.Run run = Cli.run("backtest", "--rules", CheckCommandTest.STARTER, "--events", lines.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("backtest: 3 rules over " + events.size() + " events (0 refused) from"
                + " 2026-03-02T08:00:"), run.toString());
        assertTrue(run.out().contains("day         rule "), run.toString());
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(run.lastLine().matches("total\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+" + total), run.lastLine());
        for (String rule : List.of("dumping-corroborated", "report-cluster", "stopped-then-collapse")) {
            assertTrue(run.out().contains(rule), run.toString());
        }
        assertTrue(run.err().contains("] 100% " + events.size() + "/" + events.size() + " events"), run.err());
        assertTrue(run.err().contains(" events/s"), run.err());
    }

    @Test
    void anAvroContainerOfOneTypeAndAnEventTimeRange() throws IOException {
        List<SimEvent> reports = events.stream().filter(e -> e.event().sourceKind() == SourceKind.CITIZEN_REPORT)
                .toList();
        Path avro = writeAvro(reports, dir.resolve("reports.avro"));
        long from = reports.get(0).event().eventTime() + 3_600_000L;
        List<SignalEvent> inRange = SimulatedCity.zoned(reports).stream()
                .filter(e -> e.eventTime() >= from).toList();
        Cli.Run run = Cli.run("backtest", "--rules", CheckCommandTest.STARTER, "--events", avro.toString(),
                "--from", java.time.Instant.ofEpochMilli(from).toString(), "--json", "--no-progress");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(inRange.size(), report.get("events").asLong());
        assertEquals(SimulatedCity.directCounts(Path.of(CheckCommandTest.STARTER), inRange), counts(report));
    }

    @Test
    void badRulesRunNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.epl"),
                CheckCommandTest.rule("bad", 1, "select * from CitizenReport#keepall"));
        Cli.Run run = Cli.run("backtest", "--rules", bad.toString(), "--events", lines.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(bad + ":4: #keepall"), run.toString());
        assertEquals("", run.out());
    }

    static Map<String, Long> counts(JsonNode report) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode row : report.get("rows")) {
            counts.put(SimulatedCity.key(row.get("day").asText(), row.get("rule").asText(),
                    row.get("priority").asInt()), row.get("alerts").asLong());
        }
        return counts;
    }

    private static Path writeAvro(List<SimEvent> events, Path file) throws IOException {
        SignalCodec codec = new SignalCodec();
        Schema schema = SignalCodec.schema(SourceKind.CITIZEN_REPORT);
        BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), schema);
        try (DataFileWriter<GenericRecord> writer = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
            writer.create(schema, file.toFile());
            for (SimEvent e : events) {
                writer.append(decoder.decode(codec.encodeAvro(e.event(), null)));
            }
        }
        return file;
    }
}
