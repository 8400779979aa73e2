package org.vigie.rules.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vigie.rules.live.RuleChange;
import org.vigie.rules.live.RuleChangeValidator;

/**
 * The hostile-rule corpus: one plausible rule per attack, each saying on its second line which problem it must get
 * ({@code // expect: LINE: TEXT}). Every one is refused by {@code rules check} and by the live path
 * ({@link RuleChangeValidator}) with that text at that line; every shipped pack passes.
 */
class HostileCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final Path PACKS = Path.of("../packs");
    private static final Pattern EXPECT = Pattern.compile("^// expect: (\\d+): (.+)$", Pattern.MULTILINE);

    private static RuleChangeValidator validator;

    @BeforeAll
    static void start() {
        validator = new RuleChangeValidator();
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRuleIsRefusedByCheckAndByTheLivePath() throws IOException {
        return files(CORPUS, ".epl").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertRefused(file)));
    }

    @Test
    void theCorpusCoversEveryAttack() throws IOException {
        List<Path> files = files(CORPUS, ".epl");
        assertTrue(files.size() >= 40, "corpus has " + files.size() + " files");
        Cli.Run run = Cli.run("check", CORPUS.toString());
        assertEquals(1, run.exitCode(), run.toString());
        Matcher total = Pattern.compile("^(\\d+) rules checked, (\\d+) problems$").matcher(run.lastLine());
        assertTrue(total.matches(), run.lastLine());
        assertEquals(files.size(), Integer.parseInt(total.group(1)), "one rule per file");
        assertTrue(Integer.parseInt(total.group(2)) >= files.size(), run.lastLine());
    }

    @Test
    void everyShippedPackPassesCheck() throws IOException {
        List<Path> packs;
        try (Stream<Path> children = Files.list(PACKS)) {
            packs = children.filter(Files::isDirectory).filter(d -> !List.of("src", "target")
                    .contains(d.getFileName().toString())).sorted().toList();
        }
        assertFalse(packs.isEmpty());
        for (Path pack : packs) {
            Cli.Run run = Cli.run("check", pack.toString());
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.lastLine().endsWith(" rules checked, 0 problems"), run.toString());
        }
    }

    private static void assertRefused(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher expect = EXPECT.matcher(text);
        assertTrue(expect.find(), file + " says what it expects on a '// expect: LINE: TEXT' line");
        String line = expect.group(1);
        String what = expect.group(2);

        Cli.Run run = Cli.run("check", file.toString());
        assertEquals(1, run.exitCode(), run.toString());
        String prefix = file + ":" + line + ": ";
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith(prefix) && l.contains(what)),
                "rules check names '" + what + "' at " + prefix + "\n" + run);

        String id = file.getFileName().toString().replace(".epl", "");
        RuleChangeValidator.Result live = validator.validate(id, new RuleChange(id, 1, text, "mallory", 0,
                "hostile", null));
        assertFalse(live.ok(), id + " passed the live path");
        String livePrefix = id + ".epl:" + line + ": ";
        assertTrue(live.problems().stream().map(Object::toString)
                        .anyMatch(l -> l.startsWith(livePrefix) && l.contains(what)),
                "the live path names '" + what + "' at " + livePrefix + "\n" + live.message());
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
