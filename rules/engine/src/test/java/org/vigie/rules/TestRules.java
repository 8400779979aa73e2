package org.vigie.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.vigie.correlate.CompiledRule;

/** Writes and compiles rules for tests. */
public final class TestRules {

    private TestRules() {
    }

    /** A rule's text: the required annotations, then {@code body}. */
    public static String text(String id, int version, String severity, String body) {
        return "@Name('" + id + "')\n"
                + "@Description('test rule " + id + "')\n"
                + "@Tag(name='severity', value='" + severity + "')\n"
                + "@Tag(name='version', value='" + version + "')\n"
                + body;
    }

    /** Reads one rule from {@code text} (as file {@code test.epl}) and compiles it; fails the test if it cannot. */
    public static CompiledRule compile(RuleCompiler compiler, String text) {
        RulePack pack = RulePackLoader.fromText("test.epl", text);
        assertTrue(pack.problems().isEmpty(), () -> "rule does not load: " + pack.problems());
        RuleCompiler.Result result = compiler.compile(pack.rules().get(0));
        assertTrue(result.ok(), () -> "rule does not compile: " + result.problems());
        return result.compiled();
    }

    public static CompiledRule compile(RuleCompiler compiler, String id, int version, String body) {
        return compile(compiler, text(id, version, "HIGH", body));
    }
}
