package org.vigie.rules.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules check}: problems as {@code file:line: message} at the PATH given, a count line, exit codes. */
class CheckCommandTest {

    static final String STARTER = "../packs/starter";

    @TempDir
    Path dir;

    static String rule(String id, int version, String body) {
        return "@Name('" + id + "')\n@Tag(name='severity', value='HIGH')\n@Tag(name='version', value='" + version
                + "')\n" + body;
    }

    @Test
    void theStarterPackPasses() {
        Cli.Run run = Cli.run("check", STARTER);
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("3 rules checked, 0 problems"), run.outLines());
    }

    @Test
    void aBadPackPrintsEachProblemAtItsFileAndLine() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("city"));
        Files.writeString(pack.resolve("good.epl"), rule("good", 1, "select * from CitizenReport"));
        Files.createDirectories(pack.resolve("roads"));
        Files.writeString(pack.resolve("roads/bad.epl"), "// two bad rules\n"
                + rule("wall-clock", 1, "select * from TrafficEvent\nwhere eventTime < current_timestamp()") + ";\n"
                + rule("typo", 1, "select * frm TrafficEvent"));
        String root = pack.toString();

        Cli.Run run = Cli.run("check", root);
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of(
                root + "/roads/bad.epl:6: current_timestamp reads the wall clock and would make replay"
                        + " non-deterministic: use the events' eventTime",
                root + "/roads/bad.epl:10: Incorrect syntax near 'frm' at line 10 column 9",
                "3 rules checked, 2 problems"), run.outLines());
    }

    @Test
    void aFileIsShownAsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("one.epl"), rule("one", 1, "select *\nfrom CitizenReport#keepall"));
        Cli.Run run = Cli.run("check", file.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.outLines().get(0).startsWith(file + ":5: #keepall without a time window"), run.toString());
        assertEquals("1 rules checked, 1 problems", run.lastLine());
    }

    @Test
    void anIdDefinedInTwoPathsIsRefused() throws IOException {
        Path a = Files.writeString(dir.resolve("a.epl"), rule("same", 1, "select * from CitizenReport"));
        Path b = Files.writeString(dir.resolve("b.epl"), "\n" + rule("same", 1, "select * from CameraDetection"));
        Cli.Run run = Cli.run("check", a.toString(), b.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of(b + ":2: duplicate rule id 'same' (first defined at " + a + ":1)",
                "2 rules checked, 1 problems"), run.outLines());
    }

    @Test
    void aMissingPathIsAUsageError() {
        Cli.Run run = Cli.run("check", dir.resolve("nowhere").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("vigie rules check: no such file or directory: "), run.toString());
    }
}
