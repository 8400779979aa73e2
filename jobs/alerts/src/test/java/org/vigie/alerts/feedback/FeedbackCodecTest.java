package org.vigie.alerts.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.schemas.wire.DecodeException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackCodecTest {

    private static final long T = Instant.parse("2025-03-14T09:31:00Z").toEpochMilli();
    private final FeedbackCodec codec = new FeedbackCodec();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void roundTripsAndWritesTimesWithAnOffset() throws Exception {
        OperatorFeedback f = new OperatorFeedback("port-nord:ILLEGAL_DUMPING:3f9a0c1b2d4e", Decision.DISMISS_FALSE,
                "op-17", "delivery van, not dumping", T);
        String json = new String(codec.toJson(f), StandardCharsets.UTF_8);
        assertEquals("{\"incidentId\":\"port-nord:ILLEGAL_DUMPING:3f9a0c1b2d4e\",\"decision\":\"DISMISS_FALSE\","
                + "\"operatorId\":\"op-17\",\"reason\":\"delivery van, not dumping\","
                + "\"time\":\"2025-03-14T09:31:00.000+00:00\"}", json);
        assertEquals(f, codec.fromJson(utf8(json)));
    }

    @Test
    void acceptsEpochMillisZuluLowerCaseDecisionsAndNoReason() throws Exception {
        OperatorFeedback f = codec.fromJson(utf8("{\"incidentId\":\"z:C:1\",\"decision\":\"escalate\","
                + "\"operatorId\":\"op-2\",\"time\":" + T + ",\"extra\":true}"));
        assertEquals(Decision.ESCALATE, f.decision());
        assertEquals("", f.reason());
        assertEquals(T, f.time());
        assertEquals(T, codec.fromJson(utf8("{\"incidentId\":\"z:C:1\",\"decision\":\"ACKNOWLEDGE\","
                + "\"operatorId\":\"op-2\",\"time\":\"2025-03-14T10:31:00+01:00\"}")).time());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{'decision':'ACKNOWLEDGE','operatorId':'o','time':1} | missing required field 'incidentId'",
            "{'incidentId':'i','decision':'MAYBE','operatorId':'o','time':1} | field 'decision' must be one of",
            "{'incidentId':'i','decision':'ACKNOWLEDGE','time':1} | missing required field 'operatorId'",
            "{'incidentId':'i','decision':'ACKNOWLEDGE','operatorId':'o'} | missing required field 'time'",
            "{'incidentId':'i','decision':'ACKNOWLEDGE','operatorId':'o','time':'09:31'} | field 'time'",
            "{'incidentId':'i','decision':'ACKNOWLEDGE','operatorId':'o','time':'2025-03-14T09:31'} | field 'time'",
            "{'incidentId':' ','decision':'ACKNOWLEDGE','operatorId':'o','time':1} | field 'incidentId' must be",
            "[1,2] | not a JSON object",
            "{oops | not JSON"})
    void refusalsNameTheField(String json, String reason) {
        byte[] bytes = utf8(json.replace('\'', '"'));
        DecodeException e = assertThrows(DecodeException.class, () -> codec.fromJson(bytes));
        assertTrue(e.getMessage().startsWith(reason), e.getMessage());
    }
}
