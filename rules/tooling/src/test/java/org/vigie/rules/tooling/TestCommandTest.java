package org.vigie.rules.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules test}: PASS/FAIL per scenario, the diff on failure, and the total line CI parsers read. */
class TestCommandTest {

    private static final Pattern TOTAL = Pattern.compile("^(\\d+) passed, (\\d+) failed$");

    @TempDir
    Path dir;

    @Test
    void theStarterPackPasses() {
        Cli.Run run = Cli.run("test", CheckCommandTest.STARTER);
        assertEquals(0, run.exitCode(), run.toString());
        var total = TOTAL.matcher(run.lastLine());
        assertTrue(total.matches(), run.toString());
        assertTrue(Integer.parseInt(total.group(1)) >= 10, run.lastLine());
        assertEquals("0", total.group(2));
        assertTrue(run.out().contains("PASS "), run.toString());
        assertTrue(run.outLines().stream().filter(l -> TOTAL.matcher(l).matches()).count() == 1, run.toString());
    }

    @Test
    void aFailingScenarioPrintsItsDiffAndFails() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("roads"));
        Path starter = Path.of(CheckCommandTest.STARTER);
        Files.copy(starter.resolve("stopped-then-collapse.epl"), pack.resolve("stopped-then-collapse.epl"));
        Files.writeString(pack.resolve("wrong.scenarios.yaml"), """
                scenarios:
                  - name: one accident counted twice
                    given:
                      - {at: 0s, type: TrafficEvent, zone: port, kind: STOPPED_VEHICLE, segmentId: S1}
                      - {at: 30s, type: TrafficEvent, zone: port, kind: FLOW, segmentId: S1, speedKmh: 5}
                    expect:
                      - {rule: stopped-then-collapse, zone: port, count: 2}
                  - name: one accident counted once
                    given:
                      - {at: 0s, type: TrafficEvent, zone: port, kind: STOPPED_VEHICLE, segmentId: S1}
                      - {at: 30s, type: TrafficEvent, zone: port, kind: FLOW, segmentId: S1, speedKmh: 5}
                    expect:
                      - {rule: stopped-then-collapse, zone: port}
                """);
        Cli.Run run = Cli.run("test", pack.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("FAIL one accident counted twice (wrong.scenarios.yaml)"), run.toString());
        assertTrue(run.out().contains("  MISMATCH expected 2 x stopped-then-collapse zone=port, got 1"),
                run.toString());
        assertTrue(run.out().contains("stopped-then-collapse zone=port priority=2 window +0s..+30s"),
                run.toString());
        assertTrue(run.out().contains("PASS one accident counted once (" + pack + "/wrong.scenarios.yaml)"),
                run.toString());
        assertEquals("1 passed, 1 failed", run.lastLine());
    }

    @Test
    void aRuleFileRunsItsNamesakeScenarios() {
        Cli.Run run = Cli.run("test", CheckCommandTest.STARTER + "/report-cluster.epl");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.outLines().stream().filter(l -> l.startsWith("PASS ")).allMatch(
                l -> l.endsWith("report-cluster.scenarios.yaml)")), run.toString());
        assertTrue(TOTAL.matcher(run.lastLine()).matches(), run.toString());
    }

    @Test
    void aBrokenRuleCountsAsAFailure() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(pack.resolve("r.epl"), CheckCommandTest.rule("r", 1, "select * frm CitizenReport"));
        Cli.Run run = Cli.run("test", pack.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("rule problem: " + pack + "/r.epl:4: Incorrect syntax near 'frm'"),
                run.toString());
        assertEquals("0 passed, 1 failed", run.lastLine());
    }
}
