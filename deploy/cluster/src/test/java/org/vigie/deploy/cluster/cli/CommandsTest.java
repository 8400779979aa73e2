package org.vigie.deploy.cluster.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands as the lead's `vigie` will run them: parse, exit codes, one-line errors. No cluster is started. */
class CommandsTest {

    @TempDir
    Path dir;

    /** Runs a command with stdout and stderr captured; returns exit code and output. */
    private record Run(int code, String out) {
    }

    private Run run(Object command, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            int code = new CommandLine(command).execute(args);
            return new Run(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void statusOfNoClusterExitsThree() {
        Run r = run(new ClusterCommand(), "status", "--work-dir", dir.toString());
        assertEquals(3, r.code(), r.out());
        assertTrue(r.out().contains("not started"), r.out());
    }

    @Test
    void downOfNoClusterSaysSo() {
        Run r = run(new ClusterCommand(), "down", "--work-dir", dir.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("no cluster to stop"), r.out());
    }

    @Test
    void submitWithoutClusterFailsInOneLine() {
        Run r = run(new SubmitCommand(), "--config", dir.resolve("vigie.yaml").toString(), "--work-dir",
                dir.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().startsWith("vigie: ") && r.out().contains("cluster up"), r.out());
    }

    @Test
    void upRefusesAKafkaPortThatIsTakenBeforeStartingAnything() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run r = run(new ClusterCommand(), "up", "--kafka-port", String.valueOf(taken.getLocalPort()),
                    "--work-dir", dir.toString());
            assertEquals(1, r.code(), r.out());
            assertTrue(r.out().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is taken")
                    && r.out().contains("--kafka-port 0"), r.out());
        }
        assertEquals(3, run(new ClusterCommand(), "status", "--work-dir", dir.toString()).code(), "nothing started");
    }

    @Test
    void drainNeedsStop() {
        Run r = run(new SavepointCommand(), "--drain", "--work-dir", dir.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("--drain needs --stop"), r.out());
    }

    @Test
    void cancelWithoutClusterFailsInOneLine() {
        Run r = run(new CancelCommand(), "--work-dir", dir.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().startsWith("vigie: "), r.out());
    }
}
