package org.vigie.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.rules.RuleReaderTest.assertProblems;
import static org.vigie.rules.RuleReaderTest.header;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Count windows hold an event for as long as no other event comes, past the horizon a replay rebuilds after a
 * failure: alone they are refused, chained with a time window they are accepted, and the chain the message suggests
 * compiles.
 */
class CountWindowCheckTest {

    /** Every count window Esper 9 has, as written with parameters, by name. */
    private static final Map<String, String> COUNT_WINDOWS = Map.of(
            "length", "#length(5)",
            "length_batch", "#length_batch(5)",
            "firstlength", "#firstlength(5)",
            "firstevent", "#firstevent",
            "lastevent", "#lastevent",
            "sort", "#sort(5, eventTime desc)",
            "rank", "#rank(sourceId, 5, eventTime desc)");

    private static RuleCompiler compiler;

    @BeforeAll
    static void start() {
        compiler = new RuleCompiler();
    }

    @AfterAll
    static void stop() {
        compiler.close();
    }

    private static String message(String view) {
        String chained = "#" + view + (view.equals("firstevent") || view.equals("lastevent") ? "" : "(...)")
                + "#time(10 min)";
        return "#" + view + " without a time window is a count window: it can hold an event older than the rule's"
                + " horizon, which a replay after a failure does not rebuild: use a time window, e.g. #time(10 min),"
                + " or chain one, e.g. " + chained;
    }

    @Test
    void theListCoversEveryCountWindow() {
        assertEquals(DeterminismCheck.COUNT_WINDOWS, COUNT_WINDOWS.keySet());
    }

    @Test
    void aCountWindowAloneIsRefusedNamingItAndWhatToUseInstead() {
        COUNT_WINDOWS.forEach((view, written) -> assertProblems(header("r") + "context ByZone\n"
                + "select r as report from CitizenReport" + written + " as r", "x.epl:5: " + message(view)));
    }

    @Test
    void aCountWindowChainedWithATimeWindowIsAcceptedAndCompiles() {
        COUNT_WINDOWS.forEach((view, written) -> {
            for (String chain : List.of(written + "#time(10 min)", "#time(10 min)" + written)) {
                CompiledPack pack = compiler.compile(RulePackLoader.fromText("x.epl", header("r")
                        + "context ByZone\nselect r as report from CitizenReport" + chain + " as r"));
                assertEquals(List.of(), pack.problems(), chain);
                assertEquals(1, pack.rules().size(), chain);
            }
        });
        CompiledPack batch = compiler.compile(RulePackLoader.fromText("x.epl", header("r")
                + "select r as report from CitizenReport#time_length_batch(1 min, 5) as r"));
        assertEquals(List.of(), batch.problems(), "#time_length_batch is a time window");
    }

    @Test
    void aCountWindowIsRefusedInASubqueryAndInEveryStreamOfAJoin() {
        assertProblems(header("r") + "select * from CitizenReport#time(1 min)\n"
                        + "where (select count(*) from CameraDetection#lastevent) = 0",
                "x.epl:5: " + message("lastevent"));
        assertProblems(header("r") + "select * from CitizenReport#time(1 min) as a,\n"
                        + "CameraDetection#length(2) as b",
                "x.epl:5: " + message("length"));
    }

    @Test
    void retainUnionIsRefusedBecauseATimeWindowWouldNoLongerBoundTheChain() {
        assertProblems("@Name('r')\n@Tag(name='severity', value='HIGH')\n@Tag(name='version', value='1')\n"
                        + "@Hint('RETAIN-UNION')\nselect * from CitizenReport#length(5)#time(10 min)",
                "x.epl:4: @Hint('retain-union') keeps an event as long as any window of its chain does, so a time"
                        + " window no longer bounds the others: remove the hint");
        RulePack intersection = RulePackLoader.fromText("x.epl", "@Name('r')\n@Description('retain-union is not"
                + " used')\n@Tag(name='severity', value='HIGH')\n@Tag(name='version', value='1')\n"
                + "@Hint('retain-intersection')\nselect * from CitizenReport#length(5)#time(10 min)");
        assertEquals(List.of(), intersection.problems());
        assertTrue(intersection.rules().size() == 1);
    }
}
