package org.vigie.deploy.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts one cluster JVM, detached: in its own session ({@code setsid}, so a Ctrl-C in the terminal that ran
 * {@code up} does not reach it), stdin from /dev/null, stdout and stderr appended to {@code log/<name>.out}, log4j to
 * {@code log/<name>.log}. The command line carries {@link ClusterProcess#marker} so that pids can be checked before
 * they are signalled.
 */
final class ProcessLauncher {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ProcessLauncher() {
    }

    /**
     * @param jvmArgs  memory flags and system properties, before the main class
     * @param mainArgs the entrypoint's arguments
     * @param env      added to this process's environment (the TaskManager gets the plate key)
     */
    static ClusterProcess start(ClusterLayout layout, String name, Role role, String classpath, List<String> jvmArgs,
                                List<String> mainArgs, Map<String, String> env, Map<String, Integer> ports) {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            cmd.add(SETSID.toString());
        }
        cmd.add(JvmOptions.javaBinary());
        cmd.add(ClusterProcess.marker(layout, name));
        cmd.addAll(JvmOptions.OPENS);
        cmd.add("-Djava.io.tmpdir=" + layout.tmp());
        cmd.add("-Dlog.file=" + layout.log(name));
        cmd.add("-Dlog4j.configurationFile=" + FlinkConf.log4jFile(layout).toUri());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", classpath, role.mainClass()));
        cmd.addAll(mainArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(layout.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.out(name).toFile()));
        // Flink looks for ./plugins otherwise, and warns when it is missing.
        pb.environment().put("FLINK_PLUGINS_DIR", layout.plugins().toString());
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            return new ClusterProcess(name, role, p.pid(), ports, System.currentTimeMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** The last {@code lines} lines of a process's .out and .log files, for error messages. */
    static String tail(ClusterLayout layout, String name, int lines) {
        StringBuilder sb = new StringBuilder();
        for (Path f : List.of(layout.out(name), layout.log(name))) {
            if (Files.exists(f)) {
                try {
                    List<String> all = Files.readAllLines(f);
                    sb.append("--- ").append(f).append('\n');
                    all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> sb.append(l).append('\n'));
                } catch (IOException | UncheckedIOException e) {
                    sb.append("--- ").append(f).append(": unreadable: ").append(e.getMessage()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
