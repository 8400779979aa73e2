package org.vigie.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.events.Alert;

class RuleReaderTest {

    @Test
    void readsSeveralRulesOfOneFileWithTheirLines() {
        String file = """
                // two rules; the second has a ';' inside a string
                @Name('first') @Tag(name='severity', value='LOW') @Tag(name='version', value='3')
                select * from CitizenReport;

                /* a block
                   comment */
                @Name('second')
                @Description('reports; with a semicolon')
                @Tag(name='severity', value='CRITICAL')
                @Tag(name='version', value='1')
                @Tag(name='owner', value='ops')
                @Tag(name='partition', value='zone')
                select * from CitizenReport(description = 'a;b')
                """;
        RulePack pack = RulePackLoader.fromText("two.epl", file);
        assertEquals(List.of(), pack.problems());
        assertEquals(2, pack.rules().size());

        Rule first = pack.rules().get(0);
        assertEquals("first", first.id());
        assertEquals(3, first.version());
        assertEquals(Alert.Severity.LOW, first.severity());
        assertEquals("first", first.description(), "the id when there is no @Description");
        assertNull(first.owner());
        assertEquals("zone", first.partition());
        assertEquals(2, first.line());
        assertTrue(first.epl().startsWith("@Name('first')") && first.epl().endsWith("from CitizenReport"));

        Rule second = pack.rules().get(1);
        assertEquals(new Rule("second", 1, Alert.Severity.CRITICAL, "reports; with a semicolon", "ops", "zone",
                second.epl(), "two.epl", 7), second);
        assertTrue(second.epl().endsWith("(description = 'a;b')"));
    }

    @Test
    void refusesRulesWithoutNameSeverityOrVersion() {
        assertProblems("select * from CitizenReport",
                "x.epl:1: missing @Name('rule-id')",
                "x.epl:1: missing @Tag(name='severity', value='LOW|MEDIUM|HIGH|CRITICAL')",
                "x.epl:1: missing @Tag(name='version', value='<positive integer>')");
    }

    @Test
    void refusesBadAnnotationValues() {
        assertProblems("""
                @Name('Bad Id')
                @Tag(name='severity', value='URGENT')
                @Tag(name='version', value='1.5')
                select * from CitizenReport""",
                "x.epl:1: rule id 'Bad Id' must be lower-case letters, digits, '.', '_' or '-' (at most 100)",
                "x.epl:1: severity 'URGENT' is not one of LOW, MEDIUM, HIGH, CRITICAL",
                "x.epl:1: version '1.5' is not a positive integer");
    }

    @Test
    void refusesPartitionsOtherThanZone() {
        assertProblems(header("plate-rule") + "@Tag(name='partition', value='plate')\nselect * from CameraDetection",
                "x.epl:1: partition 'plate' is not supported: rules are evaluated per zone, the only partition for now"
                        + " (@Tag(name='partition', value='zone'))");
    }

    @Test
    void refusesUnknownAndRepeatedTags() {
        assertProblems(header("r") + "@Tag(name='severty', value='LOW')\n@Tag(name='owner', value='a')\n"
                        + "@Tag(name='owner', value='b')\nselect * from CameraDetection",
                "x.epl:4: unknown @Tag 'severty' (known: severity, version, owner, partition)",
                "x.epl:6: @Tag 'owner' is given twice");
    }

    @Test
    void reportsAnUnterminatedStringAtItsLine() {
        assertProblems(header("r") + "select * from CitizenReport(description = 'oops)",
                "x.epl:4: unterminated string literal");
    }

    static String header(String id) {
        return "@Name('" + id + "')\n@Tag(name='severity', value='HIGH')\n@Tag(name='version', value='1')\n";
    }

    static void assertProblems(String text, String... expected) {
        RulePack pack = RulePackLoader.fromText("x.epl", text);
        assertEquals(List.of(), pack.rules());
        assertEquals(List.of(expected), pack.problems().stream().map(RuleProblem::toString).toList());
    }
}
