package org.vigie.deploy.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When submit rebuilds the job jar: which sources count, and that they are all the job bundles. */
class JobJarTest {

    private static final Path HOME = Path.of(System.getProperty("vigie.home", "../..")).toAbsolutePath().normalize();
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(vigie-[a-z-]+)</artifactId>");

    @TempDir
    Path dir;

    @Test
    void theJarIsOutdatedByAnyMainSourceOrPomOfTheJobsModulesButNotByTheirTests() throws IOException {
        Path jar = Files.createDirectories(dir.resolve("jobs/pipeline/target")).resolve("job.jar");
        Path source = write("rules/packs/src/main/resources/packs/starter/a.epl");
        Path test = write("jobs/alerts/src/test/java/ATest.java");
        Path elsewhere = write("cli/src/main/java/Vigie.java");
        Path pom = write("schemas/pom.xml");
        assertTrue(JobJar.newerSource(dir, jar).isPresent(), "no jar yet: build it");
        Files.writeString(jar, "jar");
        age(jar, 100);
        for (Path p : new Path[] {source, test, elsewhere, pom}) {
            age(p, 200);
        }
        assertEquals(Optional.empty(), JobJar.newerSource(dir, jar));
        age(test, 0);
        age(elsewhere, 0);
        assertEquals(Optional.empty(), JobJar.newerSource(dir, jar), "tests and other modules do not count");
        age(source, 0);
        assertEquals(Optional.of(source), JobJar.newerSource(dir, jar));
        age(source, 200);
        age(pom, 0);
        assertEquals(Optional.of(pom), JobJar.newerSource(dir, jar));
    }

    @Test
    void theWatchedModulesAreTheJobAndEveryVigieModuleItNeedsAtRunTime() throws IOException {
        Map<String, String> moduleOf = new HashMap<>();
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(HOME.resolve("pom.xml")));
        while (modules.find()) {
            String m = modules.group(1);
            Matcher a = ARTIFACT.matcher(Files.readString(HOME.resolve(m).resolve("pom.xml"))
                    .replaceFirst("(?s)<parent>.*?</parent>", ""));
            assertTrue(a.find(), m);
            moduleOf.put(a.group(1), m);
        }
        Set<String> needed = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of("jobs/pipeline"));
        while (!todo.isEmpty()) {
            String m = todo.pop();
            if (!needed.add(m)) {
                continue;
            }
            Matcher d = DEPENDENCY.matcher(Files.readString(HOME.resolve(m).resolve("pom.xml")));
            while (d.find()) {
                String dep = d.group(1);
                Matcher a = ARTIFACT.matcher(dep);
                if (a.find() && !dep.contains("<scope>test</scope>") && !dep.contains("<scope>provided</scope>")) {
                    todo.push(moduleOf.get(a.group(1)));
                }
            }
        }
        assertEquals(needed, new TreeSet<>(JobJar.JOB_MODULES));
    }

    private Path write(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, relative);
    }

    private static void age(Path p, int secondsAgo) throws IOException {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - secondsAgo * 1000L));
    }
}
