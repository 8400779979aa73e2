package org.vigie.alerts.feedback;

import org.junit.jupiter.api.Test;
import org.vigie.schemas.wire.DecodeException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditCodecTest {

    private static final long T = Instant.parse("2025-03-14T09:31:00Z").toEpochMilli();
    private final AuditCodec codec = new AuditCodec();

    @Test
    void theReadmeExampleIsWhatTheCodecWrites() throws Exception {
        OperatorFeedback f = new OperatorFeedback("port-nord:ILLEGAL_DUMPING:3f9a0c1b2d4e", Decision.DISMISS_FALSE,
                "op-17", "delivery van, not dumping", T);
        AuditRecord r = AuditRecord.ofFeedback(f, Map.of("outcome", "cancelled"));
        String json = new String(codec.toJson(r), StandardCharsets.UTF_8);
        assertEquals("{\"who\":\"operator:op-17\",\"what\":\"DISMISS_FALSE\","
                + "\"when\":\"2025-03-14T09:31:00.000+00:00\",\"whenMs\":1741944660000,"
                + "\"subject\":\"incident:port-nord:ILLEGAL_DUMPING:3f9a0c1b2d4e\","
                + "\"details\":{\"outcome\":\"cancelled\",\"reason\":\"delivery van, not dumping\"}}", json);
        assertEquals(r, codec.fromJson(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesARecordWithoutItsSubject() {
        byte[] json = "{\"who\":\"vigie\",\"what\":\"x\",\"when\":1}".getBytes(StandardCharsets.UTF_8);
        DecodeException e = assertThrows(DecodeException.class, () -> codec.fromJson(json));
        assertEquals("missing required field 'subject'", e.getMessage());
    }
}
