package org.vigie.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.correlate.CompiledRule;
import org.vigie.events.Alert;

class RuleCompilerTest {

    private static RuleCompiler compiler;

    @BeforeAll
    static void start() {
        compiler = new RuleCompiler();
    }

    @AfterAll
    static void stop() {
        compiler.close();
    }

    @Test
    void syntaxErrorsCarryTheirAbsoluteLineInTheFile() {
        String file = RulePackLoaderTest.rule("fine") + ";\n\n"
                + "@Name('broken')\n@Tag(name='severity', value='LOW')\n@Tag(name='version', value='1')\n"
                + "select *\nfrm CitizenReport";
        CompiledPack pack = compiler.compile(RulePackLoader.fromText("city.epl", file));
        assertEquals(List.of("fine"), pack.rules().stream().map(CompiledRule::id).toList());
        assertEquals(1, pack.problems().size());
        RuleProblem problem = pack.problems().get(0);
        assertEquals("city.epl", problem.file());
        assertEquals(10, problem.line());
        assertEquals("Incorrect syntax near 'frm'", problem.message(), "without the echoed statement");

        String unclosed = RuleReaderTest.header("r") + "select *\nfrom CitizenReport\nwhere (((zone = 'a')";
        RuleProblem located = compiler.compile(RulePackLoader.fromText("u.epl", unclosed)).problems().get(0);
        assertEquals(6, located.line());
        assertTrue(located.message().contains("at line 6 column"), located.message());
    }

    @Test
    void validationErrorsPointAtTheRule() {
        String file = "\n\n" + RuleReaderTest.header("r") + "select nosuch from CitizenReport";
        CompiledPack pack = compiler.compile(RulePackLoader.fromText("r.epl", file));
        assertEquals(List.of("r.epl:3: Failed to validate select-clause expression 'nosuch': Property named 'nosuch'"
                + " is not valid in any stream"), pack.problems().stream().map(RuleProblem::toString).toList());
    }

    @Test
    void refusesDuplicateIdsInAPack() {
        String file = RulePackLoaderTest.rule("twice") + ";\n" + RulePackLoaderTest.rule("twice");
        CompiledPack pack = compiler.compile(RulePackLoader.fromText("d.epl", file));
        assertEquals(1, pack.rules().size());
        assertEquals(List.of("d.epl:5: duplicate rule id 'twice' (first defined at d.epl:1)"),
                pack.problems().stream().map(RuleProblem::toString).toList());
    }

    @Test
    void refusesRulesThatSelectNoEvent() {
        String file = RuleReaderTest.header("counts") + "select zone, count(*) as n from CitizenReport group by zone";
        CompiledPack pack = compiler.compile(RulePackLoader.fromText("c.epl", file));
        assertEquals(1, pack.problems().size());
        assertTrue(pack.problems().get(0).message().contains("selects no event"), pack.problems().toString());
    }

    @Test
    void theCompilerChecksRulesItIsHandedDirectly() {
        Rule sneaky = new Rule("sneaky", 1, Alert.Severity.LOW, "d", null, "zone",
                "@Name('sneaky') select * from CitizenReport where current_timestamp() > 0", "api", 1);
        RuleCompiler.Result result = compiler.compile(sneaky);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).message().startsWith("current_timestamp"), result.problems().toString());
    }

    @Test
    void rulesBuiltInCodeAreCheckedLikeRulesReadFromFiles() {
        Rule plate = new Rule("by-plate", 1, Alert.Severity.LOW, "d", null, "plate",
                "@Name('by-plate') select * from CameraDetection", "api", 1);
        RuleCompiler.Result result = compiler.compile(plate);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).message().contains("partition 'zone'"), result.problems().toString());
    }

    @Test
    void aRulesHorizonIsTwiceTheLongestTimePeriodItWrites() {
        CompiledRule rule = TestRules.compile(compiler, "h", 1, "context ByZone select * from pattern ["
                + "every a=CitizenReport -> b=CitizenReport where timer:within(1 hour 30 minutes)]"
                + " output first every 10 min");
        assertEquals(2 * 90 * 60_000L, rule.horizonMillis(), "twice the longest period: 1 hour 30 minutes");
        assertEquals("test.epl:1", rule.source());
        assertEquals(0, Horizons.of(List.of()));
    }
}
