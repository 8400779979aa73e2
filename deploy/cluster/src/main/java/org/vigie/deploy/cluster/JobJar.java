package org.vigie.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The shaded job jar (vigie-job, classifier {@code flink}) to submit.
 *
 * <p>In a source tree ({@code $vigie.home} holds {@code jobs/pipeline/pom.xml}), {@link #upToDate} builds it when it
 * is missing or older than a source of the job: the launcher builds the command line without it (it is 40 MB and
 * only clusters need it), so a fresh clone has none, and a jar left from before a change would run old code.
 * Elsewhere the one installed in the local Maven repository is used.
 */
public final class JobJar {

    /** The modules whose classes the job jar bundles: jobs/pipeline and what it depends on at run time. */
    static final List<String> JOB_MODULES = List.of("schemas", "rules/engine", "rules/packs", "jobs/alerts",
            "jobs/pipeline");
    private static final long BUILD_TIMEOUT_MINUTES = 15;

    private JobJar() {
    }

    /** The one command that builds the job jar in a source tree. */
    public static List<String> buildCommand() {
        return List.of(System.getenv().getOrDefault("VIGIE_MVN", "mvn"), "-B", "-q", "-DskipTests", "package",
                "-pl", "jobs/pipeline", "-am");
    }

    /**
     * The jar to submit, built first when a source tree has none or an outdated one ({@code say} is told, and the
     * build's output goes to {@code buildLog}). Outside a source tree: the installed jar, or an error saying what to do.
     */
    public static Path upToDate(Path buildLog, Consumer<String> say) {
        Path home = home();
        if (!Files.isRegularFile(home.resolve("jobs/pipeline/pom.xml"))) {
            Path installed = installed();
            if (!Files.isRegularFile(installed)) {
                throw new IllegalStateException("no job jar: " + installed + " does not exist and " + home
                        + " is not a Vigie source tree; pass --jar, or build it in one with `"
                        + String.join(" ", buildCommand()).replace(" package ", " install ") + "`");
            }
            return installed;
        }
        Path jar = built();
        Optional<Path> newer = newerSource(home, jar);
        if (Files.isRegularFile(jar) && newer.isEmpty()) {
            return jar;
        }
        say.accept(Files.isRegularFile(jar)
                ? "the job jar is older than " + home.relativize(newer.orElseThrow()) + ": rebuilding it"
                : "no job jar yet (the launcher does not build it): building it");
        build(home, buildLog, say);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the build did not produce " + jar + "; see " + buildLog);
        }
        return jar;
    }

    /**
     * The newest jar that exists, built in the source tree or installed, without building anything: for tests, which
     * run after the build made it.
     */
    public static Path locate() {
        Path built = built();
        Path installed = installed();
        Optional<Path> newest = Stream.of(built, installed).filter(Files::isRegularFile)
                .max(Comparator.comparing(JobJar::modified));
        return newest.orElseThrow(() -> new IllegalStateException("no job jar: neither " + built + " nor "
                + installed + " exists; build it with `" + String.join(" ", buildCommand()) + "`"));
    }

    /** The first source of the job found newer than {@code jar} (any, when the jar does not exist). */
    static Optional<Path> newerSource(Path home, Path jar) {
        FileTime built = Files.isRegularFile(jar) ? modified(jar) : FileTime.fromMillis(Long.MIN_VALUE);
        List<Path> roots = new ArrayList<>(List.of(home.resolve("pom.xml")));
        for (String m : JOB_MODULES) {
            roots.add(home.resolve(m).resolve("pom.xml"));
            roots.add(home.resolve(m).resolve("src/main"));
        }
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                Optional<Path> newer = files.filter(Files::isRegularFile).filter(f -> modified(f).compareTo(built) > 0)
                        .findFirst();
                if (newer.isPresent()) {
                    return newer;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return Optional.empty();
    }

    private static void build(Path home, Path log, Consumer<String> say) {
        List<String> cmd = new ArrayList<>(buildCommand());
        String repo = System.getProperty("maven.repo.local");
        if (repo != null) {
            cmd.add("-Dmaven.repo.local=" + repo);
        }
        say.accept("  " + String.join(" ", cmd) + "   (in " + home + ", log " + log + "; a minute or two)");
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("building the job jar took over " + BUILD_TIMEOUT_MINUTES
                        + " min; see " + log);
            }
            if (p.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log);
                throw new IllegalStateException("building the job jar failed (exit " + p.exitValue() + "):\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()))
                        + "\nfix the build, or pass --jar JAR; full log in " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the job jar", e);
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("vigie.home", ".")).toAbsolutePath().normalize();
    }

    private static String fileName() {
        return "vigie-job-" + versions().getProperty("vigie.version") + "-flink.jar";
    }

    static Path built() {
        return home().resolve("jobs/pipeline/target").resolve(fileName());
    }

    private static Path installed() {
        return Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"))
                .resolve("org/vigie/vigie-job").resolve(versions().getProperty("vigie.version")).resolve(fileName());
    }

    /** Versions filled in at build time: {@code vigie.version}, {@code flink.version}. */
    static Properties versions() {
        Properties p = new Properties();
        try (var in = JobJar.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties missing from vigie-cluster's jar");
            }
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read versions.properties", e);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
