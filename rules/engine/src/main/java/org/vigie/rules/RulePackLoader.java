package org.vigie.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads rule packs: every {@code .epl} file of a directory (recursively, in name order) or of a classpath folder
 * {@code /rules/<pack>/}. Each file is an EPL module of rules separated by {@code ;}. Loading never throws for a bad
 * rule: the pack carries one {@link RuleProblem} per refused statement.
 */
public final class RulePackLoader {

    public static final String RULE_SUFFIX = ".epl";

    private RulePackLoader() {
    }

    public static RulePack fromDirectory(Path dir) {
        return fromFiles(dir.getFileName().toString(), PackFiles.fromDirectory(dir));
    }

    public static RulePack fromClasspath(String pack) {
        return fromClasspath(RulePackLoader.class.getClassLoader(), pack);
    }

    public static RulePack fromClasspath(ClassLoader loader, String pack) {
        return fromFiles(pack, PackFiles.fromClasspath(loader, pack));
    }

    /** The rules of the {@code .epl} files among {@code files}, in the given order. */
    public static RulePack fromFiles(String name, List<PackFile> files) {
        List<Rule> rules = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (PackFile file : files) {
            if (file.name().endsWith(RULE_SUFFIX)) {
                RuleReader.Result result = RuleReader.read(file.name(), file.text());
                rules.addAll(result.rules());
                problems.addAll(result.problems());
            }
        }
        return new RulePack(name, rules, problems);
    }

    /** The rules of one module text, e.g. a rule submitted to the rules topic. */
    public static RulePack fromText(String fileName, String text) {
        return fromFiles(fileName, List.of(new PackFile(fileName, text)));
    }
}
