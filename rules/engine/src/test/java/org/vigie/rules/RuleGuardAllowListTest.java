package org.vigie.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.rules.RuleReaderTest.assertProblems;
import static org.vigie.rules.RuleReaderTest.header;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The holes the hostile-rule corpus found, closed: each refusal names the offending text and its line. */
class RuleGuardAllowListTest {

    private static final String ALIASED = "select r as ev, ";

    @Test
    void refusesClassesEsperImportsByDefaultButAllowsTheMathHelpers() {
        assertProblems(header("r") + ALIASED + "(System.out).format('%s', zone) as c from CitizenReport as r",
                "x.epl:4: Java class 'System' is not allowed in rules (System.out)");
        assertProblems(header("r") + ALIASED + "String.format('%s', zone) as c from CitizenReport as r",
                "x.epl:4: Java class 'String' is not allowed in rules (String.format)");
        assertAccepted(header("r") + ALIASED + "Math.abs(lat - lon) as d, Math.max(lat, lon) as m"
                + " from CitizenReport as r");
        assertProblems(header("r") + ALIASED + "Math.random() as d from CitizenReport as r",
                "x.epl:4: Java method call '.random(...)' is not allowed in rules (only Esper's enumeration and"
                        + " date-time methods may follow a dot)");
    }

    @Test
    void refusesAnnotationsWhereverTheyStand() {
        assertProblems(header("r") + "expression one { 1 }\n@Hook(type=Kind.SQLCOL, hook='x') select * from"
                        + " CitizenReport",
                "x.epl:5: annotation @Hook is not allowed in rules (allowed: @Name, @Description, @Tag, @Hint,"
                        + " @Priority)");
        assertProblems(header("r") + "expression one { 1 } @Name('other') select * from CitizenReport",
                "x.epl:4: annotation @Name must stand at the head of the rule");
        assertAccepted(header("r") + "select window(*) @eventbean as w from CitizenReport#time(1 min)");
    }

    @Test
    void refusesInsertingIntoVigieEventTypes() {
        assertProblems(header("r") + "insert into CitizenReport select * from CitizenReport",
                "x.epl:4: insert into CitizenReport is not allowed: it would feed made-up events to every rule,"
                        + " this one included (an endless loop)");
        assertAccepted(header("r") + "insert into Fights select * from CitizenReport");
    }

    @Test
    void refusesWindowsThatGrowWithoutATimeBound() {
        assertProblems(header("r") + "select * from CitizenReport#keepall",
                "x.epl:4: #keepall without a time window keeps events (or keys) forever: chain a time window, e.g."
                        + " #keepall#time(10 min)");
        assertProblems(header("r") + "select * from CitizenReport#groupwin(sourceId)#length(3)",
                "x.epl:4: #groupwin without a time window keeps events (or keys) forever: chain a time window, e.g."
                        + " #groupwin(...)#time(10 min)",
                "x.epl:4: #length without a time window is a count window: it can hold an event older than the"
                        + " rule's horizon, which a replay after a failure does not rebuild: use a time window, e.g."
                        + " #time(10 min), or chain one, e.g. #length(...)#time(10 min)");
        assertAccepted(header("r") + "select * from CitizenReport#unique(sourceId)#time(10 min)");
        assertAccepted(header("r") + "select * from CitizenReport#groupwin(sourceId)#time(10 min)#length(3)");
    }

    @Test
    void refusesSubqueriesWithoutAWindowEvenInsidePatterns() {
        assertProblems(header("r") + "select * from CitizenReport where (select count(*) from CameraDetection) = 0",
                "x.epl:4: a subquery's stream needs a time window, e.g. CameraDetection#time(10 min): without one"
                        + " its state reaches back to the rule's start");
        assertProblems(header("r") + "select * from pattern [every a=CitizenReport(\n"
                        + "(select count(*) from CameraDetection) = 0) -> b=CitizenReport where timer:within(1 min)]",
                "x.epl:5: a subquery's stream needs a time window, e.g. CameraDetection#time(10 min): without one"
                        + " its state reaches back to the rule's start");
        assertAccepted(header("r") + "select * from CitizenReport"
                + " where (select count(*) from CameraDetection#time(10 min) as c,"
                + " DumpingObservation#time(1 min)) = 0");
    }

    @Test
    void refusesEverAggregationsAndTheRuntimesIdentity() {
        assertProblems(header("r") + ALIASED + "firstever(zone) as z from CitizenReport#time(1 min) as r",
                "x.epl:4: firstever(...) remembers every event since the rule started: replay would not give the"
                        + " same alerts (aggregate over a #time window)");
        assertProblems(header("r") + ALIASED + "current_evaluation_context() as c from CitizenReport as r",
                "x.epl:4: current_evaluation_context() names the runtime the rule runs in, which differs on every"
                        + " run: replay would not give the same alerts");
    }

    @Test
    void refusesPatternWaitsTheGuardDoesNotBound() {
        String arrow = "after '->' the pattern waits with no time limit, holding what it matched: bound what"
                + " follows, e.g. '-> (b -> c) where timer:within(10 min)' (a guard binds to the nearest event only)";
        assertProblems(header("r") + "select * from pattern [every a=CitizenReport\n -> b=CitizenReport"
                + " -> c=CitizenReport where timer:within(1 min)]", "x.epl:5: " + arrow);
        assertProblems(header("r") + "select * from pattern [(every a=CitizenReport where timer:within(1 min))"
                + " -> b=CitizenReport]", "x.epl:4: " + arrow);
        assertProblems(header("r") + "select * from pattern [(every a=CitizenReport -> b=CitizenReport)"
                + " or (c=CameraDetection where timer:within(1 min))]", "x.epl:4: " + arrow);
        assertProblems(header("r") + "select * from pattern [every (a=CitizenReport and b=CameraDetection)"
                        + " or c=CitizenReport where timer:within(1 min)]",
                "x.epl:4: 'and' holds the events it has seen while it waits for the others, with no time limit:"
                        + " guard it, e.g. '(a and b) where timer:within(10 min)'");
        assertAccepted(header("r") + "select * from pattern [every a=CitizenReport -> (b=CitizenReport"
                + " -> c=CitizenReport) where timer:within(1 min)]");
        assertAccepted(header("r") + "select * from pattern [every (a=CitizenReport and b=CameraDetection)"
                + " where timer:within(1 min)]");
        assertAccepted(header("r") + "select * from pattern [every-distinct(a.sourceId, 1 min) a=CitizenReport"
                + " -[5]> b=CitizenReport(sourceId=a.sourceId)@consume where timer:within(1 min)]");
        assertAccepted(header("r") + "select * from pattern [every a=CitizenReport -> ([2] b=CitizenReport"
                + " until c=CameraDetection) where timer:within(1 min)]");
    }

    @Test
    void refusesScriptsEscapesAndNonAsciiCode() {
        assertProblems(header("r") + "expression double f() [ 1 ] select * from CitizenReport",
                "x.epl:4: scripts ('expression ... [ script ]') are not allowed in rules; an expression declaration"
                        + " is 'expression name { x => ... }'");
        assertProblems(header("r") + "select `zone\\` from CitizenReport",
                "x.epl:4: back-quoted identifier with a backslash is not allowed in rules: `zone\\`");
        assertProblems(header("r") + "select *\u2003from CitizenReport",
                "x.epl:4: non-ASCII character U+2003 outside a string or comment: rule code is ASCII");
        assertAccepted(header("r") + "// déchets sauvages\nselect * from CitizenReport(description = 'dépôt')");
    }

    private static void assertAccepted(String text) {
        RulePack pack = RulePackLoader.fromText("x.epl", text);
        assertEquals(List.of(), pack.problems());
        assertEquals(1, pack.rules().size());
    }
}
