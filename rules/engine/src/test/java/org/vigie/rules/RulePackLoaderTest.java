package org.vigie.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackLoaderTest {

    @TempDir
    Path temp;

    @Test
    void loadsEveryEplFileOfADirectoryRecursivelyInNameOrder() throws IOException {
        Path pack = Files.createDirectories(temp.resolve("city"));
        write(pack.resolve("b.epl"), rule("b-rule"));
        write(pack.resolve("a.epl"), rule("a-rule") + ";\n" + rule("a-second"));
        write(pack.resolve("roads/c.epl"), rule("c-rule"));
        write(pack.resolve("notes.txt"), "not a rule");
        write(pack.resolve("a.scenarios.yaml"), "scenarios: []");

        RulePack loaded = RulePackLoader.fromDirectory(pack);
        assertEquals("city", loaded.name());
        assertEquals(List.of("a-rule", "a-second", "b-rule", "c-rule"), loaded.rules().stream().map(Rule::id).toList());
        assertEquals(List.of("a.epl", "a.epl", "b.epl", "roads/c.epl"),
                loaded.rules().stream().map(Rule::sourceFile).toList());
        assertEquals(5, loaded.rules().get(1).line());
    }

    @Test
    void loadsAPackFromAJarOnTheClasspath() throws IOException {
        Path jar = temp.resolve("packs.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String dir : List.of("rules/", "rules/city/", "rules/city/roads/")) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
            putEntry(out, "rules/city/z.epl", rule("z-rule"));
            putEntry(out, "rules/city/roads/a.epl", rule("a-rule"));
            putEntry(out, "rules/other/x.epl", rule("x-rule"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            RulePack loaded = RulePackLoader.fromClasspath(loader, "city");
            assertEquals(List.of("a-rule", "z-rule"), loaded.rules().stream().map(Rule::id).toList());
            assertEquals("roads/a.epl", loaded.rules().get(0).sourceFile());
            assertThrows(IllegalArgumentException.class, () -> RulePackLoader.fromClasspath(loader, "missing"));
        }
    }

    static String rule(String id) {
        return "@Name('" + id + "')\n@Tag(name='severity', value='LOW')\n@Tag(name='version', value='1')\n"
                + "select * from CitizenReport";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void putEntry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
