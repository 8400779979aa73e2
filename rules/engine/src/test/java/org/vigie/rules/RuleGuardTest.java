package org.vigie.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.rules.RuleReaderTest.assertProblems;
import static org.vigie.rules.RuleReaderTest.header;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The static checks: each refusal names the offending text and its line in the file. */
class RuleGuardTest {

    @Test
    void refusesImports() {
        assertProblems("import java.lang.Runtime;",
                "x.epl:1: 'import' is not allowed: rules may not import Java classes or other modules",
                "x.epl:1: fully-qualified Java reference 'java.lang.Runtime' is not allowed in rules");
    }

    @Test
    void refusesFullyQualifiedJavaReferences() {
        assertProblems(header("r") + "select *\nfrom CitizenReport\nwhere java.lang.System.exit(0) = 1",
                "x.epl:6: fully-qualified Java reference 'java.lang.System.exit' is not allowed in rules");
        assertProblems(header("r") + "select `java.lang.System`.exit(0) from CitizenReport",
                "x.epl:4: fully-qualified Java reference 'java.lang.System' is not allowed in rules",
                "x.epl:4: Java method call '.exit(...)' is not allowed in rules (only Esper's enumeration and"
                        + " date-time methods may follow a dot)");
    }

    @Test
    void refusesJavaMethodCallsButAllowsEsperMethods() {
        assertProblems(header("r") + "select zone.getClass() as c, Runtime.getRuntime() as r from CitizenReport",
                "x.epl:4: Java method call '.getClass(...)' is not allowed in rules (only Esper's enumeration and"
                        + " date-time methods may follow a dot)",
                "x.epl:4: Java method call '.getRuntime(...)' is not allowed in rules (only Esper's enumeration and"
                        + " date-time methods may follow a dot)");
        assertAccepted(header("r") + "select window(*).countOf() as n, window(*) @eventbean as w"
                + " from CitizenReport#time(1 min)");
        assertAccepted(header("r") + "select * from pattern [every a=CitizenReport -> b=CitizenReport(a.before(b))"
                + " where timer:within(1 min)]");
    }

    @Test
    void refusesObjectCreationScriptsAndInlinedClasses() {
        assertProblems(header("r") + "select new java.util.Random() as r from CitizenReport",
                "x.epl:4: creating Java objects ('new java') is not allowed in rules",
                "x.epl:4: fully-qualified Java reference 'java.util.Random' is not allowed in rules");
        assertProblems(header("r") + "expression double js:evil() [ 1 ] select evil() from CitizenReport",
                "x.epl:4: 'js:evil' is not allowed: scripts and plug-ins are refused; patterns may use timer:within,"
                        + " timer:withinmax, timer:interval and timer:at");
        assertProblems(header("r") + "inlined_class \"\"\" public class X {} \"\"\" select * from CitizenReport",
                "x.epl:4: a rule is one query (select, insert into, context ... select), not 'inlined_class'",
                "x.epl:4: inlined_class (Java code in EPL) is not allowed in rules");
    }

    @Test
    void refusesTheWallClock() {
        assertProblems(header("r") + "select * from CitizenReport\nwhere eventTime < current_timestamp()",
                "x.epl:5: current_timestamp reads the wall clock and would make replay non-deterministic: use the"
                        + " events' eventTime");
    }

    @Test
    void refusesUnboundedEveryPatterns() {
        assertProblems(header("r") + "select * from pattern [\n  every a=CitizenReport -> b=CameraDetection\n]",
                "x.epl:5: pattern with 'every' but no timer:within: its partial matches would never end (add e.g."
                        + " 'where timer:within(10 min)')");
        assertAccepted(header("r") + "select * from pattern [every a=CitizenReport -> b=CameraDetection"
                + " where timer:within(5 min)]");
    }

    @Test
    void refusesDeclarationsAndUnknownAnnotations() {
        assertProblems(header("r") + "create window W#keepall as CitizenReport",
                "x.epl:4: a rule is one query (select, insert into, context ... select), not 'create'");
        assertProblems(header("r") + "@Audit select * from CitizenReport",
                "x.epl:4: annotation @Audit is not allowed in rules (allowed: @Name, @Description, @Tag, @Hint,"
                        + " @Priority)");
    }

    private static void assertAccepted(String text) {
        RulePack pack = RulePackLoader.fromText("x.epl", text);
        assertEquals(List.of(), pack.problems());
        assertEquals(1, pack.rules().size());
    }
}
