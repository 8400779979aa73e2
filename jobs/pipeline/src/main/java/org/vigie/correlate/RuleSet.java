package org.vigie.correlate;

import org.vigie.rules.CompiledPack;
import org.vigie.rules.PackFile;
import org.vigie.rules.PackFiles;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePackLoader;
import org.vigie.rules.RuleProblem;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule packs a job starts with, read and compiled where the job is submitted (so a pack directory need not exist
 * on the task managers, and no subtask spends its start compiling): it carries the compiled rules and their source.
 */
public final class RuleSet implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A pack spec is {@code classpath:<pack>} for a shipped pack, or a directory of {@code .epl} files. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    private record Source(String name, String text) implements Serializable {
    }

    private record Pack(String name, List<Source> files) implements Serializable {
        List<PackFile> packFiles() {
            return files.stream().map(s -> new PackFile(s.name(), s.text())).toList();
        }
    }

    private final List<Pack> packs;
    private final List<CompiledRule> compiled;

    private RuleSet(List<Pack> packs) {
        this.packs = List.copyOf(packs);
        this.compiled = compile().stream().flatMap(p -> p.rules().stream()).toList();
    }

    /**
     * Reads and compiles the packs, failing with every problem ({@code file:line: message}) if any rule is bad: a
     * job must not start with a rule set that is not the one it was given.
     */
    public static RuleSet load(List<String> specs) {
        List<Pack> packs = new ArrayList<>();
        for (String spec : specs) {
            List<PackFile> files;
            String name;
            if (spec.startsWith(CLASSPATH_PREFIX)) {
                name = spec.substring(CLASSPATH_PREFIX.length());
                files = PackFiles.fromClasspath(RuleSet.class.getClassLoader(), name);
            } else {
                Path dir = Path.of(spec);
                name = dir.getFileName().toString();
                files = PackFiles.fromDirectory(dir);
            }
            packs.add(new Pack(name, files.stream().map(f -> new Source(f.name(), f.text())).toList()));
        }
        return new RuleSet(packs);
    }

    /** Every rule, compiled once, here (compiling is the slow part, ~1-2 s a rule cold); Esper deploys the bytes. */
    public List<CompiledRule> compiledRules() {
        return compiled;
    }

    /** The ids of every rule, sorted. */
    public List<String> ruleIds() {
        return packs.stream().flatMap(p -> RulePackLoader.fromFiles(p.name(), p.packFiles()).rules().stream())
                .map(org.vigie.rules.Rule::id).sorted().toList();
    }

    private List<CompiledPack> compile() {
        List<CompiledPack> out = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        try (RuleCompiler compiler = new RuleCompiler()) {
            for (Pack pack : packs) {
                CompiledPack c = compiler.compile(RulePackLoader.fromFiles(pack.name(), pack.packFiles()));
                problems.addAll(c.problems());
                out.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("rule packs have errors:\n  " + String.join("\n  ",
                    problems.stream().map(RuleProblem::toString).toList()));
        }
        return out;
    }
}
