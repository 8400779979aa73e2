package org.vigie.bench.perf;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.LocalFlink;
import org.vigie.events.Alert;
import org.vigie.correlate.ReleaseOrder;
import org.vigie.events.SignalEvent;
import org.vigie.job.types.SignalEventTypeInfo;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigie.bench.perf.TestEvents.MIN;
import static org.vigie.bench.perf.TestEvents.SEC;

/**
 * The reference rules in EPL (Esper alone) and with Flink CEP give the same alerts at the edges of their windows:
 * an event exactly one window after the opening one is outside it in both, one millisecond earlier is inside.
 */
class ReferenceEquivalenceTest {

    private static List<SignalEvent> input() {
        List<SignalEvent> in = new ArrayList<>();
        // Trucks every 5 s from 0 to 35 s, the 8th at exactly 60 s (outside the first one's minute), a 9th at 61 s.
        for (int i = 0; i < 8; i++) {
            in.add(TestEvents.truck("t" + i, "port", i * 5 * SEC));
        }
        in.set(7, TestEvents.truck("t7", "port", 60 * SEC));
        in.add(TestEvents.truck("t8", "port", 61 * SEC));
        // Slow flow exactly 2 min after a stop: too late; 1 ms earlier on another segment: a match.
        in.add(TestEvents.stopped("s1", "port", "seg-a", 10 * MIN));
        in.add(TestEvents.flow("f1", "port", "seg-a", 5.0, 12 * MIN));
        in.add(TestEvents.stopped("s2", "port", "seg-b", 20 * MIN));
        in.add(TestEvents.flow("f2", "port", "seg-c", 5.0, 20 * MIN + 30 * SEC));
        in.add(TestEvents.flow("f3", "port", "seg-b", null, 20 * MIN + 40 * SEC));
        in.add(TestEvents.flow("f4", "port", "seg-b", 9.0, 22 * MIN - 1));
        // A fill exactly 20 min after the deposit does not confirm it; one from another sensor neither; 1 ms
        // before the 20 min from the same sensor does.
        in.add(TestEvents.deposit("d1", "cap", "bin-1", 30 * MIN));
        in.add(TestEvents.fill("l1", "cap", "bin-1", 50 * MIN));
        in.add(TestEvents.deposit("d2", "cap", "bin-2", 60 * MIN));
        in.add(TestEvents.fill("l2", "cap", "bin-3", 65 * MIN));
        in.add(TestEvents.deposit("d3", "cap", "bin-4", 90 * MIN));
        in.add(TestEvents.fill("l3", "cap", "bin-4", 110 * MIN - 1));
        in.sort(ReleaseOrder.EVENTS);
        return in;
    }

    private static List<String> keys(List<Alert> alerts) {
        return alerts.stream().map(AlertComparison::key).sorted().toList();
    }

    @Test
    void esperAndFlinkCepRaiseTheSameAlertsAtTheEdges() throws Exception {
        List<SignalEvent> in = input();
        List<String> expected = List.of(
                "ref-deposit-unconfirmed cap [d1]",
                "ref-deposit-unconfirmed cap [d2]",
                "ref-stopped-then-slow port [f4, s2]",
                "ref-trucks-burst port [t1, t2, t3, t4, t5, t6, t7, t8]");

        RuleSet rules = RuleSet.load(List.of(CompareRun.REFERENCE_PACK));
        assertEquals(expected, keys(EsperAlone.run(rules.compiledRules(), in).alerts()), "esper");
        assertEquals(expected, keys(flinkCep(in)), "flink cep");
    }

    private static List<Alert> flinkCep(List<SignalEvent> in) throws Exception {
        StreamExecutionEnvironment env = LocalFlink.of(1).environment();
        var events = env.fromData(in, SignalEventTypeInfo.INSTANCE).assignTimestampsAndWatermarks(WatermarkStrategy
                .<SignalEvent>forMonotonousTimestamps().withTimestampAssigner((e, t) -> e.eventTime()));
        List<Alert> alerts = new ArrayList<>();
        try (CloseableIterator<Alert> it = CepReferenceJob.matches(events.keyBy(SignalEvent::zone, Types.STRING))
                .alerts().executeAndCollect("reference-on-flink-cep")) {
            it.forEachRemaining(alerts::add);
        }
        return alerts;
    }
}
