package org.vigie.rules.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.rules.PackFile;
import org.vigie.rules.PackFiles;
import org.vigie.rules.RulePackLoader;
import org.vigie.rules.RuleProblem;
import org.vigie.rules.scenario.ScenarioParser;

/**
 * A PATH given on the command line: a pack directory (every file under it) or one {@code .epl} file (with, for
 * {@code rules test}, its namesake {@code <name>.scenarios.yaml}). Problems are shown at the file as the user would
 * open it: the PATH given, joined with the file's name inside the pack.
 *
 * @param given the PATH as typed
 * @param pack  the pack name: the directory's name, or the file's directory's name
 * @param files the files, named relative to the pack directory (for a file: its bare name)
 */
record RuleSource(String given, String pack, boolean directory, List<PackFile> files) {

    /**
     * Reads {@code path}.
     *
     * @throws IllegalArgumentException if it is neither a directory nor a {@code .epl} file
     */
    static RuleSource read(String path) {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            return new RuleSource(path, name(p.toAbsolutePath().normalize()), true, PackFiles.fromDirectory(p));
        }
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no such file or directory: " + path);
        }
        String name = p.getFileName().toString();
        if (!name.endsWith(RulePackLoader.RULE_SUFFIX)) {
            throw new IllegalArgumentException("not a rule file (.epl) or a pack directory: " + path);
        }
        List<PackFile> files = new ArrayList<>(List.of(new PackFile(name, readString(p))));
        Path scenarios = p.resolveSibling(name.substring(0, name.length() - RulePackLoader.RULE_SUFFIX.length())
                + ScenarioParser.SUFFIX);
        if (Files.isRegularFile(scenarios)) {
            files.add(new PackFile(scenarios.getFileName().toString(), readString(scenarios)));
        }
        Path parent = p.toAbsolutePath().normalize().getParent();
        return new RuleSource(path, parent == null ? name : name(parent), false, files);
    }

    /** Where a file of this source is, as the user would open it. */
    String display(String file) {
        if (!directory) {
            Path dir = Path.of(given).getParent();
            return dir == null ? file : dir.resolve(file).toString();
        }
        return given.endsWith("/") ? given + file : given + "/" + file;
    }

    /** {@code file:line: message}, with the file as the user would open it. */
    String display(RuleProblem problem) {
        return display(problem.file()) + ":" + problem.line() + ": " + problem.message();
    }

    /** The rule files only. */
    List<PackFile> ruleFiles() {
        return files.stream().filter(f -> f.name().endsWith(RulePackLoader.RULE_SUFFIX)).toList();
    }

    private static String name(Path dir) {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
