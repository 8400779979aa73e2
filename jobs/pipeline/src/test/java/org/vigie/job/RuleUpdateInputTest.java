package org.vigie.job;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.vigie.correlate.RuleUpdate;
import org.vigie.rules.live.RuleChange;
import org.vigie.rules.live.RuleChangeCodec;
import org.vigie.schemas.wire.DecodeException;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job reads the rules topic with the codec {@code vigie rules deploy} writes it with: what the tool publishes is
 * what the job decodes, and a record the codec cannot read is refused (to the dead-letter topic) with its reason.
 */
class RuleUpdateInputTest {

    private static ConsumerRecord<byte[], byte[]> record(String key, String value) {
        return new ConsumerRecord<>("vigie.rules", 0, 7L, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesWhatTheDeployToolPublishes() throws Exception {
        RuleChange published = new RuleChange("deposit-seen", 3, "@Name('deposit-seen') select 1", "alice",
                1_777_622_400_000L, "starter", "why not");
        RuleUpdate read = RuleUpdateInput.decode(new ConsumerRecord<>("vigie.rules", 0, 7L,
                RuleChangeCodec.key("deposit-seen"), RuleChangeCodec.toJson(published)));
        assertEquals(new RuleUpdate("deposit-seen", published), read);
    }

    @Test
    void aTombstoneDeletes() throws Exception {
        RuleUpdate read = RuleUpdateInput.decode(record("deposit-seen", null));
        assertTrue(read.isDelete());
        assertEquals("deposit-seen", read.ruleId());
        assertNull(read.change());
    }

    @Test
    void keepsTheKeyEvenWhenTheChangeNamesAnotherRuleForTheValidatorToReject() throws Exception {
        RuleUpdate read = RuleUpdateInput.decode(record("deposit-seen", "{\"ruleId\":\"other\",\"version\":1,"
                + "\"text\":\"x\",\"author\":\"a\",\"submittedAt\":0}"));
        assertEquals("deposit-seen", read.ruleId());
        assertEquals("other", read.change().ruleId());
    }

    @Test
    void aRecordThatIsNotAChangeIsRefusedWithTheCodecsReason() {
        assertEquals("record has no key: the key must be the rule id",
                assertThrows(DecodeException.class, () -> RuleUpdateInput.decode(record(null, "{}"))).getMessage());
        assertEquals("missing required field 'author'", assertThrows(DecodeException.class,
                () -> RuleUpdateInput.decode(record("r", "{\"ruleId\":\"r\",\"version\":1,\"text\":\"x\","
                        + "\"submittedAt\":0}"))).getMessage());
        assertEquals("field 'version' is not an integer", assertThrows(DecodeException.class,
                () -> RuleUpdateInput.decode(record("r", "{\"ruleId\":\"r\",\"version\":\"one\",\"text\":\"x\","
                        + "\"author\":\"a\",\"submittedAt\":0}"))).getMessage());
        assertTrue(assertThrows(DecodeException.class, () -> RuleUpdateInput.decode(record("r", "{not json")))
                .getMessage().startsWith("malformed JSON"));
    }
}
