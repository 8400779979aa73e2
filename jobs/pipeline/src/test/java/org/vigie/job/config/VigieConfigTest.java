package org.vigie.job.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VigieConfigTest {

    @Test
    void theShippedLocalConfigIsValidAndMatchesTheDefaults() {
        VigieConfig c = VigieConfig.load(Path.of("../../deploy/local/vigie.yaml"));
        assertEquals("127.0.0.1:9092", c.kafka().bootstrap());
        assertEquals(VigieConfig.Topics.defaults(), c.topics());
        assertEquals(Duration.ofSeconds(30), c.eventTime().outOfOrderness());
        assertEquals("VIGIE_PLATE_KEY", c.pseudonymization().keyEnv());
        assertEquals(List.of("classpath:starter", "classpath:city"), c.rulePacks());
        assertEquals(VigieConfig.Delivery.EXACTLY_ONCE, c.kafka().delivery());
    }

    @Test
    void kafkaPropertiesPassThrough() {
        VigieConfig c = VigieConfig.parse(base() + "  properties: {security.protocol: SASL_SSL, sasl.mechanism: PLAIN}\n");
        assertEquals("SASL_SSL", c.kafka().properties().get("security.protocol"));
        assertEquals("PLAIN", c.kafka().properties().get("sasl.mechanism"));
    }

    @Test
    void anUnknownKeyIsNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> VigieConfig.parse(base() + "event-time: {out-of-ordernes: 10s}\n"));
        assertEquals("event-time.out-of-ordernes", e.key());
        assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
    }

    @Test
    void aBadValueIsNamed() {
        assertEquals("event-time.idleness", assertThrows(ConfigException.class,
                () -> VigieConfig.parse(base() + "event-time: {idleness: soon}\n")).key());
        assertEquals("job.parallelism", assertThrows(ConfigException.class,
                () -> VigieConfig.parse(base() + "job: {parallelism: 0}\n")).key());
        assertEquals("kafka.delivery", assertThrows(ConfigException.class,
                () -> VigieConfig.parse("kafka: {bootstrap: 'h:1', delivery: maybe}\n" + keys())).key());
    }

    @Test
    void missingRequiredValuesAreNamed() {
        assertEquals("kafka.bootstrap", assertThrows(ConfigException.class,
                () -> VigieConfig.parse("kafka: {}\n" + keys())).key());
        assertEquals("pseudonymization.key", assertThrows(ConfigException.class,
                () -> VigieConfig.parse("kafka: {bootstrap: 'h:1'}\npseudonymization: {key-id: k}\n")).key());
    }

    @Test
    void durationsTakeUnits() {
        VigieConfig c = VigieConfig.parse(base() + "event-time: {out-of-orderness: 500ms, idleness: 2m, "
                + "max-future-skew: 1h, max-drift: 90s}\n");
        assertEquals(Duration.ofMillis(500), c.eventTime().outOfOrderness());
        assertEquals(Duration.ofMinutes(2), c.eventTime().idleness());
        assertEquals(Duration.ofHours(1), c.eventTime().maxFutureSkew());
        assertEquals(Duration.ofSeconds(90), c.eventTime().maxDrift());
        assertEquals(Duration.ZERO, VigieConfig.parse(base()).eventTime().maxDrift(), "no alignment by default");
    }

    private static String keys() {
        return "pseudonymization: {key-id: k1, key: some-secret-key-1234}\n";
    }

    private static String base() {
        return keys() + "kafka:\n  bootstrap: 'h:1'\n";
    }
}
