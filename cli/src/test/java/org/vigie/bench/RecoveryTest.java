package org.vigie.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.simulator.WireFormat;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exactly-once correlation across failures, on a real broker and a MiniCluster: the committed alerts after
 * TaskManager kills equal those of a fault-free run.
 */
class RecoveryTest {

    private static EmbeddedKafka kafka;
    private static long events;

    @BeforeAll
    static void loadInput() {
        kafka = new EmbeddedKafka().start();
        events = BenchInput.load(kafka, 250_000, BenchInput.sampleCity(5), WireFormat.JSON);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void taskManagerKillsLoseAndRepeatNoAlert() throws Exception {
        RecoveryBench.Result r = RecoveryBench.run(kafka, events, 3, 2, 7);
        assertEquals(250_000, r.events());
        assertTrue(r.diff().expected() > 30, "enough alerts to compare: " + r.diff());
        assertEquals(0, r.diff().missing(), () -> "missing: " + r.diff());
        assertEquals(0, r.diff().duplicated(), () -> "duplicated: " + r.diff());
        assertEquals(0, r.diff().unexpected(), () -> "unexpected: " + r.diff());
        assertTrue(r.kills() >= 2, "several kills happened while the job ran: " + r.kills());
        assertTrue(r.replays() > 0, "a restore rebuilt Esper's state by replay");
        assertTrue(r.replayedEvents() > 0, "the replay log was not empty");
    }
}
