package org.vigie.rules.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.rules.live.RuleChangeValidatorTest.change;
import static org.vigie.rules.live.RuleChangeValidatorTest.rule;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigie.rules.live.LiveRuleSet.Action;
import org.vigie.rules.live.LiveRuleSet.Decision;

/** The records of the rules topic turned into decisions, statuses and audit entries. */
class LiveRuleSetTest {

    private static final String FIGHT = "select * from CitizenReport(serviceCode='FIGHT')";

    private final LiveRuleSet rules = new LiveRuleSet("vigie-job");

    @AfterEach
    void close() {
        rules.close();
    }

    @Test
    void aValidChangeIsDeployedAndARedeliveryChangesNothing() {
        Decision d = send("fight", change("fight", 1, rule("fight", 1, FIGHT)), 10);
        assertEquals(Action.DEPLOY, d.action());
        assertNotNull(d.compiled());
        assertEquals(new RuleStatus("fight", 1, RuleStatus.Status.ACCEPTED, "", 10, null), d.status());
        assertEquals(List.of(new AuditEntry(10, "vigie-job", AuditEntry.Action.RULE_ACCEPTED, "rule fight v1",
                "submitted by alice")), d.audit());

        Decision again = send("fight", change("fight", 1, rule("fight", 1, FIGHT)), 20);
        assertEquals(Action.UNCHANGED, again.action());
        assertNull(again.status());
        assertEquals(List.of("fight"), List.copyOf(rules.active().keySet()));
    }

    @Test
    void aBadChangeIsRejectedAndTheRunningVersionStays() {
        RuleChange v1 = change("fight", 1, rule("fight", 1, FIGHT));
        send("fight", v1, 10);
        Decision bad = send("fight", change("fight", 2, rule("fight", 2, FIGHT + " where System.exit(1) = 0")), 20);
        assertEquals(Action.REJECT, bad.action());
        assertEquals(RuleStatus.Status.REJECTED, bad.status().status());
        assertEquals(2, bad.status().version());
        assertTrue(bad.status().message().startsWith("fight.epl:4: Java method call '.exit(...)'"),
                bad.status().message());
        assertEquals(AuditEntry.Action.RULE_REJECTED, bad.audit().get(0).action());
        assertEquals(v1, rules.active().get("fight"));

        Decision older = send("fight", change("fight", 1, rule("fight", 1, FIGHT + " where zone = 'x'")), 30);
        assertEquals(Action.REJECT, older.action());
        assertEquals("fight.epl:1: version 1 does not raise the running version 1: bump @Tag(name='version', ...)",
                older.status().message());

        Decision v2 = send("fight", change("fight", 2, rule("fight", 2, FIGHT + " where zone = 'x'")), 40);
        assertEquals(Action.DEPLOY, v2.action());
        assertEquals(2, rules.active().get("fight").version());
    }

    @Test
    void aTombstoneUndeploysAKnownRuleOnly() {
        send("fight", change("fight", 3, rule("fight", 3, FIGHT)), 10);
        Decision deleted = rules.apply(utf8("fight"), null, 20);
        assertEquals(Action.UNDEPLOY, deleted.action());
        assertEquals(new RuleStatus("fight", 3, RuleStatus.Status.DELETED, "", 20, null), deleted.status());
        assertEquals(AuditEntry.Action.RULE_DELETED, deleted.audit().get(0).action());
        assertTrue(rules.active().isEmpty());
        assertEquals(Action.UNCHANGED, rules.apply(utf8("fight"), null, 30).action());
    }

    @Test
    void unreadableRecordsAreRejectedWithTheReason() {
        Decision noKey = rules.apply(null, utf8("{}"), 10);
        assertEquals(Action.REJECT, noKey.action());
        assertEquals("record has no key: the key must be the rule id", noKey.status().message());
        Decision noText = rules.apply(utf8("r"), utf8("{\"ruleId\":\"r\",\"version\":1,\"author\":\"a\","
                + "\"submittedAt\":0}"), 10);
        assertEquals("r.epl:1: cannot read the change: missing required field 'text'", noText.status().message());
        assertEquals(0, noText.status().version());
    }

    private Decision send(String key, RuleChange change, long at) {
        return rules.apply(utf8(key), RuleChangeCodec.toJson(change), at);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
