package org.vigie.rules.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigie.schemas.wire.DecodeException;

/** The live-rules records on the wire: round trips, optional fields, and errors that name the bad field. */
class LiveCodecsTest {

    private static final long T = 1_777_622_400_000L; // 2026-05-01T08:00:00Z

    @Test
    void ruleChangeRoundTripsWithAndWithoutOptionalFields() throws DecodeException {
        RuleChange full = new RuleChange("fight", 2, "@Name('fight') select 1", "alice", T, "starter", "tighter");
        assertEquals(full, RuleChangeCodec.fromJson(RuleChangeCodec.toJson(full)));
        RuleChange bare = new RuleChange("fight", 2, "text", "alice", T, null, null);
        String json = new String(RuleChangeCodec.toJson(bare), StandardCharsets.UTF_8);
        assertFalse(json.contains("pack") || json.contains("comment"), json);
        assertEquals(bare, RuleChangeCodec.fromJson(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ruleChangeReadsIsoTimesAndIgnoresUnknownFields() throws DecodeException {
        RuleChange change = RuleChangeCodec.fromJson(utf8("{\"ruleId\":\"r\",\"version\":1,\"text\":\"t\","
                + "\"author\":\"bob\",\"submittedAt\":\"2026-05-01T10:00:00+02:00\",\"future\":true}"));
        assertEquals(T, change.submittedAt());
    }

    @Test
    void ruleChangeErrorsNameTheField() {
        assertError("missing required field 'text'",
                "{\"ruleId\":\"r\",\"version\":1,\"author\":\"bob\",\"submittedAt\":0}");
        assertError("field 'version' is not an integer",
                "{\"ruleId\":\"r\",\"version\":\"two\",\"text\":\"t\",\"author\":\"bob\",\"submittedAt\":0}");
        assertError("field 'submittedAt' is not epoch milliseconds or an ISO-8601 date-time with offset",
                "{\"ruleId\":\"r\",\"version\":1,\"text\":\"t\",\"author\":\"bob\",\"submittedAt\":\"yesterday\"}");
        assertError("field 'pack' is not a string",
                "{\"ruleId\":\"r\",\"version\":1,\"text\":\"t\",\"author\":\"bob\",\"submittedAt\":0,\"pack\":3}");
        assertError("malformed JSON at line 1, column 12", "{\"ruleId\": ]");
        assertError("JSON value is not an object", "[1]");
    }

    @Test
    void keysAreRuleIdsInUtf8() throws DecodeException {
        assertArrayEquals(utf8("stopped-then-collapse"), RuleChangeCodec.key("stopped-then-collapse"));
        assertEquals("r", RuleChangeCodec.ruleId(utf8("r")));
        assertThrows(DecodeException.class, () -> RuleChangeCodec.ruleId(null));
    }

    @Test
    void ruleStatusRoundTrips() throws DecodeException {
        RuleStatus rejected = new RuleStatus("r", 3, RuleStatus.Status.REJECTED, "r.epl:4: nope\nr.epl:5: no", T,
                null);
        assertEquals(rejected, RuleStatusCodec.fromJson(RuleStatusCodec.toJson(rejected)));
        RuleStatus active = new RuleStatus("r", 3, RuleStatus.Status.ACTIVE, null, T, 2);
        assertEquals(active, RuleStatusCodec.fromJson(RuleStatusCodec.toJson(active)));
        assertEquals("", active.message());
        DecodeException e = assertThrows(DecodeException.class, () -> RuleStatusCodec.fromJson(
                utf8("{\"ruleId\":\"r\",\"version\":1,\"status\":\"LIVE\",\"at\":0}")));
        assertEquals("field 'status' must be one of [ACCEPTED, REJECTED, DELETED, ACTIVE]", e.getMessage());
    }

    @Test
    void auditEntryRoundTrips() throws DecodeException {
        AuditEntry entry = new AuditEntry(T, "alice", AuditEntry.Action.RULE_SUBMITTED,
                AuditEntry.ruleSubject("r", 3), "from pack starter");
        assertEquals(entry, AuditEntryCodec.fromJson(AuditEntryCodec.toJson(entry)));
        assertEquals("rule r v3", entry.subject());
        DecodeException e = assertThrows(DecodeException.class, () -> AuditEntryCodec.fromJson(
                utf8("{\"at\":0,\"action\":\"RULE_SUBMITTED\",\"subject\":\"s\"}")));
        assertEquals("missing required field 'actor'", e.getMessage());
    }

    private static void assertError(String expected, String json) {
        DecodeException e = assertThrows(DecodeException.class, () -> RuleChangeCodec.fromJson(utf8(json)));
        assertEquals(expected, e.getMessage());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
