package org.vigie.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds the shaded job jar (vigie-job, classifier {@code flink}) to submit: the newer of the one built in the source
 * tree ({@code $vigie.home/jobs/pipeline/target}) and the one installed in the local Maven repository.
 */
public final class JobJar {

    private JobJar() {
    }

    public static Path locate() {
        String version = versions().getProperty("vigie.version");
        String name = "vigie-job-" + version + "-flink.jar";
        Path built = Path.of(System.getProperty("vigie.home", ".")).resolve("jobs/pipeline/target").resolve(name);
        Path installed = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository")).resolve("org/vigie/vigie-job").resolve(version)
                .resolve(name);
        Optional<Path> newest = List.of(built, installed).stream().filter(Files::isRegularFile)
                .max(Comparator.comparing(JobJar::modified));
        return newest.orElseThrow(() -> new IllegalStateException("no job jar: neither " + built + " nor "
                + installed + " exists; build it with `mvn -B -pl jobs/pipeline install -DskipTests`"));
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
