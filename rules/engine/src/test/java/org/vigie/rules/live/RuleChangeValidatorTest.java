package org.vigie.rules.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A change is checked like a file by {@code rules check}, and must agree with its record key and version. */
class RuleChangeValidatorTest {

    private static RuleChangeValidator validator;

    @BeforeAll
    static void start() {
        validator = new RuleChangeValidator();
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    static String rule(String id, int version, String body) {
        return "@Name('" + id + "')\n@Tag(name='severity', value='HIGH')\n@Tag(name='version', value='" + version
                + "')\n" + body;
    }

    static RuleChange change(String id, int version, String text) {
        return new RuleChange(id, version, text, "alice", 0, null, null);
    }

    @Test
    void acceptsAGoodChangeAndCompilesIt() {
        RuleChangeValidator.Result result = validator.validate("fight",
                change("fight", 2, rule("fight", 2, "select * from CitizenReport(serviceCode='FIGHT');")));
        assertTrue(result.ok(), result.message());
        assertEquals("fight", result.compiled().id());
        assertEquals(2, result.compiled().version());
    }

    @Test
    void theNameVersionAndRuleIdMustMatchTheRecord() {
        String text = rule("fight", 2, "select * from CitizenReport");
        assertProblems(validator.validate("brawl", change("brawl", 2, text)),
                "brawl.epl:1: @Name('fight') does not match the record key 'brawl'");
        assertProblems(validator.validate("fight", change("fight", 3, text)),
                "fight.epl:1: @Tag(name='version', value='2') does not match the change's version 3");
        assertProblems(validator.validate("fight", change("other", 2, text)),
                "fight.epl:1: ruleId 'other' does not match the record key 'fight'");
    }

    @Test
    void aChangeCarriesExactlyOneRule() {
        String two = rule("a", 1, "select * from CitizenReport;\n") + rule("b", 1, "select * from CitizenReport");
        assertProblems(validator.validate("a", change("a", 1, two)),
                "a.epl:5: a change carries one rule, this text has 2: publish each under its own key");
        assertProblems(validator.validate("a", change("a", 1, "// nothing\n")),
                "a.epl:1: the change's text holds no rule");
    }

    @Test
    void runsTheSandboxChecksAndTheCompilerWithLinesInTheText() {
        RuleChangeValidator.Result hostile = validator.validate("r", change("r", 1,
                rule("r", 1, "select *\nfrom CitizenReport\nwhere java.lang.Runtime.getRuntime() is null")));
        assertFalse(hostile.ok());
        assertEquals("r.epl:6: fully-qualified Java reference 'java.lang.Runtime.getRuntime' is not allowed in rules",
                hostile.message());
        RuleChangeValidator.Result typo = validator.validate("r", change("r", 1,
                rule("r", 1, "select * frm CitizenReport")));
        assertFalse(typo.ok());
        assertTrue(typo.message().startsWith("r.epl:4: Incorrect syntax near 'frm'"), typo.message());
    }

    private static void assertProblems(RuleChangeValidator.Result result, String... expected) {
        assertFalse(result.ok());
        assertEquals(List.of(expected), result.problems().stream().map(Object::toString).toList());
    }
}
