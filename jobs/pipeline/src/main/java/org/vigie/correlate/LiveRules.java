package org.vigie.correlate;

import org.vigie.rules.RulePackLoader;
import org.vigie.rules.RuleProblem;
import org.vigie.rules.live.RuleChange;
import org.vigie.rules.live.RuleChangeValidator;
import org.vigie.rules.live.RuleStatus;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live overlay on the configured rule packs: rules added, replaced or deleted through the rules topic, each
 * with the engine time it took effect at. The overlay is what the operator checkpoints; the packs come with the job.
 *
 * <p>A change is checked by {@link RuleChangeValidator}, the code {@code vigie rules deploy} refuses a change with,
 * so the job rejects exactly what the tool would, with the same messages; a rejected change leaves the running
 * version running. A good one starts cold: it sees the events released after it took effect, and the version it
 * replaces is undeployed at the same instant. Replay after a restore re-applies each change at its time, so the
 * rebuilt engine is the one that ran.
 */
final class LiveRules {

    /** One overlay entry: the change accepted for a rule, or {@code null} if the rule was deleted. */
    record Entry(String ruleId, RuleChange change, long appliedAt) {
    }

    private final Map<String, Entry> overlay = new LinkedHashMap<>();
    private RuleChangeValidator validator;

    /**
     * Applies a change to the engine now, at {@code engineTime}, and records it if it was accepted. Returns
     * {@code null} for a re-delivery of the running version (same version and text: a source rewound after a
     * failure, a producer retry), which changes nothing and is not reported again.
     */
    RuleOutcome apply(RuleUpdate update, CorrelationEngine engine, long engineTime) {
        String ruleId = update.ruleId();
        if (update.isDelete()) {
            // A tombstone names no version: report the one it removed.
            int removed = engine.deployedRules().getOrDefault(ruleId, 0);
            engine.undeploy(ruleId);
            overlay.put(ruleId, new Entry(ruleId, null, engineTime));
            return new RuleOutcome(ruleId, removed, RuleStatus.Status.DELETED, "", null, engineTime);
        }
        RuleChange change = update.change();
        Integer running = engine.deployedRules().get(ruleId);
        if (running != null && change.version() <= running) {
            Entry live = overlay.get(ruleId);
            if (live != null && live.change() != null && live.change().version() == change.version()
                    && live.change().text().equals(change.text())) {
                return null;
            }
            // Alert ids carry the version: a new text under a running version could collide with its alerts.
            return outcome(ruleId, change, RuleStatus.Status.REJECTED, new RuleProblem(ruleId
                    + RulePackLoader.RULE_SUFFIX, 1, "version " + change.version() + " is not above the running version "
                    + running + ": raise the version tag to change a rule").toString(), engineTime);
        }
        RuleChangeValidator.Result checked = validator().validate(ruleId, change);
        if (!checked.ok()) {
            return outcome(ruleId, change, RuleStatus.Status.REJECTED, checked.message(), engineTime);
        }
        try {
            engine.deploy(checked.compiled());
        } catch (RuntimeException e) {
            return outcome(ruleId, change, RuleStatus.Status.REJECTED,
                    new RuleProblem(ruleId + RulePackLoader.RULE_SUFFIX, 1, e.getMessage()).toString(), engineTime);
        }
        overlay.put(ruleId, new Entry(ruleId, change, engineTime));
        return outcome(ruleId, change, RuleStatus.Status.ACCEPTED, "", engineTime);
    }

    /** The overlay, oldest change first: what a checkpoint keeps. */
    List<Entry> entries() {
        return overlay.values().stream().sorted(Comparator.comparingLong(Entry::appliedAt)).toList();
    }

    /**
     * Restores the overlay from checkpointed entries (every subtask checkpoints the same overlay, so duplicates are
     * expected: per rule the latest change wins) and returns it in the order to re-apply it.
     */
    List<Entry> restore(Iterable<Entry> checkpointed) {
        overlay.clear();
        for (Entry e : checkpointed) {
            Entry seen = overlay.get(e.ruleId());
            if (seen == null || e.appliedAt() >= seen.appliedAt()) {
                overlay.put(e.ruleId(), e);
            }
        }
        return entries();
    }

    /** Re-applies a restored entry during replay, at the engine time it took effect at originally. */
    void reapply(Entry e, CorrelationEngine engine) {
        if (e.change() == null) {
            engine.undeploy(e.ruleId());
            return;
        }
        RuleChangeValidator.Result checked = validator().validate(e.ruleId(), e.change());
        if (checked.ok()) {
            engine.deploy(checked.compiled());
        }
    }

    /**
     * Made on the first change: it holds a compiler and its validation engine, which a job without live changes
     * never needs.
     */
    private RuleChangeValidator validator() {
        if (validator == null) {
            validator = new RuleChangeValidator();
        }
        return validator;
    }

    void close() {
        if (validator != null) {
            validator.close();
        }
    }

    private static RuleOutcome outcome(String ruleId, RuleChange change, RuleStatus.Status status, String message,
                                       long at) {
        return new RuleOutcome(ruleId, change.version(), status, message, change.author(), at);
    }
}
