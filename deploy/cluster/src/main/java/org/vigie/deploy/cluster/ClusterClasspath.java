package org.vigie.deploy.cluster;

import org.vigie.deploy.cluster.metrics.LoopbackPrometheusReporterFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The classpath of the JobManager and TaskManager processes: Flink's runtime, web, client and Prometheus artifacts
 * and log4j from the local Maven repository (flink-dist is not needed), plus this module's Prometheus reporter.
 *
 * <p>Resolved once per work dir, offline, by running {@code mvn dependency:build-classpath} on a pom generated from
 * {@code flink-classpath-pom.xml} (versions filled in at build time); cached in {@code lib/flink.classpath} until
 * that pom changes or a listed jar disappears. The job's own dependencies are not on it: they travel in the job jar.
 */
final class ClusterClasspath {

    private static final String TEMPLATE = "flink-classpath-pom.xml";
    private static final String SERVICE =
            "META-INF/services/org.apache.flink.metrics.reporter.MetricReporterFactory";
    private static final long RESOLVE_TIMEOUT_MINUTES = 5;

    private ClusterClasspath() {
    }

    /** The classpath string for {@code java -cp}, resolving it first if needed. */
    static String resolve(ClusterLayout layout) {
        List<String> entries = new ArrayList<>(flinkJars(layout));
        entries.add(ownCode().toString());
        entries.add(reporterServiceDir(layout).toString());
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<String> flinkJars(ClusterLayout layout) {
        Path pom = layout.lib().resolve("pom.xml");
        Path cached = layout.lib().resolve("flink.classpath");
        try {
            String template = template();
            if (Files.exists(cached) && Files.exists(pom) && Files.readString(pom).equals(template)) {
                List<String> jars = split(Files.readString(cached));
                if (!jars.isEmpty() && jars.stream().allMatch(j -> Files.isRegularFile(Path.of(j)))) {
                    return jars;
                }
            }
            Files.writeString(pom, template);
            runMaven(pom, cached, layout.lib().resolve("mvn.log"));
            return split(Files.readString(cached));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve the Flink classpath in " + layout.lib(), e);
        }
    }

    private static void runMaven(Path pom, Path out, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(System.getenv().getOrDefault("VIGIE_MVN", "mvn"), "-B", "-o",
                "-f", pom.toString(), "dependency:build-classpath",
                "-Dmdep.outputFile=" + out, "-Dmdep.includeScope=runtime"));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null) {
            cmd.add("-Dmaven.repo.local=" + repo);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(RESOLVE_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("mvn did not resolve the Flink classpath in "
                        + RESOLVE_TIMEOUT_MINUTES + " min; see " + log);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resolving the Flink classpath", e);
        }
        if (p.exitValue() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("mvn could not resolve the Flink classpath offline (exit " + p.exitValue()
                    + "); build vigie-cluster once (it pulls the artifacts into ~/.m2), see " + log);
        }
    }

    /** Where this module's classes are: its jar, or target/classes when run from the build. */
    static Path ownCode() {
        try {
            return Path.of(LoopbackPrometheusReporterFactory.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate vigie-cluster's own classes", e);
        }
    }

    /** A directory with only the reporter's service file, so the factory is found in the cluster JVMs alone. */
    private static Path reporterServiceDir(ClusterLayout layout) {
        Path dir = layout.lib().resolve("reporter");
        Path file = dir.resolve(SERVICE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, LoopbackPrometheusReporterFactory.class.getName() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return dir;
    }

    private static String template() throws IOException {
        try (InputStream in = ClusterClasspath.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " missing from vigie-cluster's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> split(String classpath) {
        return Arrays.stream(classpath.trim().split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).toList();
    }
}
