package org.vigie.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Flink process's memory settings as Flink's own start scripts compute them, by asking {@code BashJavaUtils}:
 * JVM flags (heap, direct memory, metaspace) and the derived memory sizes to pass as dynamic properties, so the
 * process does not recompute them differently.
 *
 * @param jvmArgs     e.g. {@code -Xmx536870912 -Xms536870912 -XX:MaxMetaspaceSize=...}
 * @param dynamicArgs e.g. {@code -D taskmanager.memory.network.min=...}, for the entrypoint's command line
 */
record MemoryFlags(List<String> jvmArgs, List<String> dynamicArgs) {

    private static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

    MemoryFlags {
        jvmArgs = List.copyOf(jvmArgs);
        dynamicArgs = List.copyOf(dynamicArgs);
    }

    static MemoryFlags jobManager(ClusterLayout layout, String classpath) {
        return compute(layout, classpath, "GET_JM_RESOURCE_PARAMS", List.of());
    }

    /** {@code properties}: the TaskManager's own dynamic properties, as it will be started with them. */
    static MemoryFlags taskManager(ClusterLayout layout, String classpath, List<String> properties) {
        return compute(layout, classpath, "GET_TM_RESOURCE_PARAMS", properties);
    }

    private static MemoryFlags compute(ClusterLayout layout, String classpath, String command, List<String> props) {
        List<String> cmd = new ArrayList<>(List.of(JvmOptions.javaBinary()));
        cmd.addAll(JvmOptions.OPENS);
        cmd.addAll(List.of("-Dlog.file=" + layout.log("bash-java-utils"),
                "-Dlog4j.configurationFile=" + FlinkConf.log4jFile(layout).toUri(),
                "-cp", classpath, "org.apache.flink.runtime.util.bash.BashJavaUtils", command,
                "--configDir", layout.conf().toString()));
        cmd.addAll(props);
        List<String> results = run(cmd, layout.logs().resolve("bash-java-utils.out")).lines()
                .filter(l -> l.startsWith(RESULT_PREFIX)).map(l -> l.substring(RESULT_PREFIX.length()).trim())
                .toList();
        if (results.size() < 2) {
            throw new IllegalStateException("BashJavaUtils " + command + " gave no memory settings; see "
                    + layout.log("bash-java-utils"));
        }
        // The last two results are the JVM flags and the dynamic properties (earlier lines may be warnings).
        String jvm = results.get(results.size() - 2);
        String dynamic = results.get(results.size() - 1);
        return new MemoryFlags(words(jvm), words(dynamic));
    }

    private static String run(List<String> cmd, Path errors) {
        try {
            Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("BashJavaUtils failed: " + out.strip() + " (see " + errors + ")");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run BashJavaUtils", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running BashJavaUtils", e);
        }
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
