package org.vigie.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vigie.rules.Rule;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePackLoader;
import org.vigie.rules.scenario.PackReport;
import org.vigie.rules.scenario.PackTester;
import org.vigie.rules.scenario.ScenarioResult;

/**
 * How the shipped packs are tested in the build: every pack folder beside this module's pom is loaded, compiled and
 * run against all of its scenarios. One dynamic test per scenario, failing with the scenario's diff.
 */
class RulePacksTest {

    /** Surefire runs in the module's directory, which is also the packs' root. */
    private static final Path PACKS = Path.of("").toAbsolutePath();

    @TestFactory
    Stream<DynamicNode> everyScenarioOfEveryPackPasses() throws IOException {
        List<Path> packs = packDirectories();
        assertFalse(packs.isEmpty(), "no rule pack found under " + PACKS);
        return packs.stream().map(dir -> {
            PackReport report = PackTester.testDirectory(dir);
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("rules and scenario files load", () -> assertTrue(
                    report.ruleProblems().isEmpty() && report.scenarioErrors().isEmpty(), report.summary())));
            tests.add(DynamicTest.dynamicTest("pack has scenarios", () -> assertFalse(report.results().isEmpty(),
                    "pack " + report.pack() + " has no scenario")));
            for (ScenarioResult result : report.results()) {
                tests.add(DynamicTest.dynamicTest(result.scenario().name(),
                        () -> assertTrue(result.passed(), "\n" + result.diff())));
            }
            return DynamicContainer.dynamicContainer("pack " + report.pack(), tests);
        });
    }

    @Test
    void packagedPacksMatchTheirSources() throws IOException {
        for (Path dir : packDirectories()) {
            String name = dir.getFileName().toString();
            RulePack fromDisk = RulePackLoader.fromDirectory(dir);
            RulePack fromClasspath = RulePackLoader.fromClasspath(name);
            assertEquals(fromDisk.rules().stream().map(Rule::id).toList(),
                    fromClasspath.rules().stream().map(Rule::id).toList(), "pack " + name);
        }
    }

    private static List<Path> packDirectories() throws IOException {
        try (Stream<Path> children = Files.list(PACKS)) {
            return children.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().equals("src") && !d.getFileName().toString().equals("target"))
                    .filter(RulePacksTest::hasRules)
                    .sorted()
                    .toList();
        }
    }

    private static boolean hasRules(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(RulePackLoader.RULE_SUFFIX));
        } catch (IOException e) {
            return false;
        }
    }
}
