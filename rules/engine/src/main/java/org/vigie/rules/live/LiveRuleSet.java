package org.vigie.rules.live;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.correlate.CompiledRule;
import org.vigie.rules.RulePackLoader;
import org.vigie.schemas.wire.DecodeException;

/**
 * The rules a job runs, changed by the records of the {@value RuleTopics#RULES} topic. Each record becomes one
 * {@link Decision} for the job to carry out in every subtask, with the status and audit entries to publish:
 *
 * <pre>
 *   value            current            decision    status     audit
 *   change, valid    absent or older    DEPLOY      ACCEPTED   RULE_ACCEPTED
 *   change, invalid  anything           REJECT      REJECTED   RULE_REJECTED   (the running version keeps running)
 *   same id, version and text as now    UNCHANGED   -          -               (a re-delivery, e.g. after restart)
 *   tombstone        present            UNDEPLOY    DELETED    RULE_DELETED
 *   tombstone        absent             UNCHANGED   -          -
 * </pre>
 *
 * A change is invalid if it cannot be read, fails {@link RuleChangeValidator}, or does not raise the running
 * version (versions only go up: alert ids include them). Not thread-safe; close it to release the validator.
 */
public final class LiveRuleSet implements AutoCloseable {

    public enum Action { DEPLOY, UNDEPLOY, REJECT, UNCHANGED }

    /**
     * What to do about one record.
     *
     * @param change   the change read (DEPLOY, and REJECT when readable), or the removed one (UNDEPLOY)
     * @param compiled for DEPLOY: the rule to deploy in every subtask (replacing any running version)
     * @param status   to publish on {@value RuleTopics#RULE_STATUS}, or {@code null} (UNCHANGED)
     * @param audit    to publish on {@value RuleTopics#AUDIT}
     */
    public record Decision(Action action, String ruleId, RuleChange change, CompiledRule compiled,
                           RuleStatus status, List<AuditEntry> audit) {

        public Decision {
            audit = List.copyOf(audit);
        }
    }

    private final RuleChangeValidator validator = new RuleChangeValidator();
    private final String actor;
    private final Map<String, RuleChange> active = new TreeMap<>();

    /** @param actor who the job's audit entries name, e.g. {@code vigie-job} */
    public LiveRuleSet(String actor) {
        this.actor = actor;
    }

    /** Decides about one record of the rules topic ({@code value} null for a tombstone), at {@code at} epoch ms. */
    public Decision apply(byte[] key, byte[] value, long at) {
        String ruleId;
        try {
            ruleId = RuleChangeCodec.ruleId(key);
        } catch (DecodeException e) {
            return reject("?", null, 0, e.getMessage(), at);
        }
        if (value == null) {
            RuleChange removed = active.remove(ruleId);
            if (removed == null) {
                return unchanged(ruleId, null);
            }
            return new Decision(Action.UNDEPLOY, ruleId, removed, null,
                    new RuleStatus(ruleId, removed.version(), RuleStatus.Status.DELETED, "", at, null),
                    List.of(new AuditEntry(at, actor, AuditEntry.Action.RULE_DELETED,
                            AuditEntry.ruleSubject(ruleId, removed.version()), "")));
        }
        RuleChange change;
        try {
            change = RuleChangeCodec.fromJson(value);
        } catch (DecodeException e) {
            return reject(ruleId, null, 0, ruleId + RulePackLoader.RULE_SUFFIX + ":1: cannot read the change: "
                    + e.getMessage(), at);
        }
        return apply(ruleId, change, at);
    }

    /** Decides about a change already read; also how a job rebuilds its set from the changes in its state. */
    public Decision apply(String ruleId, RuleChange change, long at) {
        RuleChange running = active.get(ruleId);
        if (running != null && running.version() == change.version() && running.text().equals(change.text())) {
            return unchanged(ruleId, running);
        }
        if (running != null && change.version() <= running.version()) {
            return reject(ruleId, change, change.version(), ruleId + RulePackLoader.RULE_SUFFIX + ":1: version "
                    + change.version() + " does not raise the running version " + running.version()
                    + ": bump @Tag(name='version', ...)", at);
        }
        RuleChangeValidator.Result result = validator.validate(ruleId, change);
        if (!result.ok()) {
            return reject(ruleId, change, change.version(), result.message(), at);
        }
        active.put(ruleId, change);
        return new Decision(Action.DEPLOY, ruleId, change, result.compiled(),
                new RuleStatus(ruleId, change.version(), RuleStatus.Status.ACCEPTED, "", at, null),
                List.of(new AuditEntry(at, actor, AuditEntry.Action.RULE_ACCEPTED,
                        AuditEntry.ruleSubject(ruleId, change.version()), "submitted by " + change.author()
                        + (change.comment() == null ? "" : ": " + change.comment()))));
    }

    /** The accepted changes by rule id: what every subtask runs. */
    public Map<String, RuleChange> active() {
        return Collections.unmodifiableMap(new TreeMap<>(active));
    }

    @Override
    public void close() {
        validator.close();
    }

    private Decision reject(String ruleId, RuleChange change, int version, String message, long at) {
        return new Decision(Action.REJECT, ruleId, change, null,
                new RuleStatus(ruleId, version, RuleStatus.Status.REJECTED, message, at, null),
                List.of(new AuditEntry(at, actor, AuditEntry.Action.RULE_REJECTED,
                        AuditEntry.ruleSubject(ruleId, version), message)));
    }

    private static Decision unchanged(String ruleId, RuleChange change) {
        return new Decision(Action.UNCHANGED, ruleId, change, null, null, List.of());
    }
}
