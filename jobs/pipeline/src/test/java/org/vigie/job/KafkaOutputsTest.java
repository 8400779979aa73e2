package org.vigie.job;

import org.junit.jupiter.api.Test;
import org.vigie.alerts.cap.CapMapper;
import org.vigie.job.config.VigieConfig;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaOutputsTest {

    private static final VigieConfig CONFIG = VigieConfig.parse("kafka: {bootstrap: '127.0.0.1:1', "
            + "transactional-id-prefix: vigie}\npseudonymization: {key-id: k1, key: some-secret-key-1234}\n");

    @Test
    void noSinkOfTheJobHasATransactionalIdPrefixThatStartsAnothers() {
        KafkaOutputs out = new KafkaOutputs(CONFIG);
        CapMapper cap = AlertPolicies.of(CONFIG, CONFIG.loadZoneMap()).cap();
        out.alertsJson();
        out.alertsAvro();
        out.deadLetters();
        out.late();
        out.capJson(cap);
        out.capXml(cap);
        out.ruleStatus();
        out.audit();
        List<String> prefixes = new ArrayList<>(out.transactionalIdPrefixes());
        assertEquals(8, prefixes.size(), prefixes::toString);
        assertTrue(prefixes.containsAll(List.of("vigie-alerts-json", "vigie-alerts-avro")), prefixes::toString);
        for (String a : prefixes) {
            for (String b : prefixes) {
                assertFalse(a != b && b.startsWith(a), a + " is a prefix of " + b);
            }
        }
    }

    @Test
    void aSinkWhosePrefixClashesWithAnotherIsRefused() {
        KafkaOutputs out = new KafkaOutputs(CONFIG);
        out.alertsAvro();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> out.events("alerts", "some.topic"));
        assertTrue(e.getMessage().contains("'vigie-alerts'") && e.getMessage().contains("'vigie-alerts-avro'"),
                e.getMessage());
        out.late();
        assertThrows(IllegalArgumentException.class, out::late, "the same sink twice shares its transactions");
    }
}
