package org.vigie.correlate;

import org.vigie.rules.CompiledPack;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePackLoader;
import org.vigie.rules.RuleProblem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The live overlay on the configured rule packs: rules added, replaced or deleted through the rules topic, each
 * with the engine time it took effect at. The overlay is what the operator checkpoints; the packs come with the job.
 *
 * <p>A change is checked and compiled exactly as {@code vigie rules check} does; a bad one is refused and the running
 * version keeps running. A good one starts cold: it sees the events released after it took effect, and the version
 * it replaces is undeployed at the same instant. Replay after a restore re-applies each change at its time, so the
 * rebuilt engine is the one that ran.
 */
final class LiveRules {

    /** One overlay entry; {@code text == null} records a deletion. */
    record Entry(String ruleId, int version, String text, String author, long appliedAt) implements Serializable {
    }

    private final Map<String, Entry> overlay = new LinkedHashMap<>();
    private RuleCompiler compiler;

    /** Applies a change to the engine now, at {@code engineTime}, and records it if it was accepted. */
    RuleOutcome apply(RuleUpdate change, CorrelationEngine engine, long engineTime) {
        if (change.isDelete()) {
            // A tombstone names no version: report the one it removed.
            int removed = engine.deployedRules().getOrDefault(change.ruleId(), 0);
            engine.undeploy(change.ruleId());
            overlay.put(change.ruleId(), new Entry(change.ruleId(), removed, null, change.author(), engineTime));
            return new RuleOutcome(change.ruleId(), removed, RuleOutcome.Status.DELETED, "", change.author(),
                    engineTime);
        }
        CompiledPack compiled = compile(change.ruleId(), change.text());
        List<String> problems = compiled.problems().stream().map(RuleProblem::toString)
                .collect(Collectors.toCollection(ArrayList::new));
        if (problems.isEmpty() && compiled.rules().size() != 1) {
            problems.add(change.ruleId() + ".epl:1: a change must hold exactly one rule, found "
                    + compiled.rules().size());
        }
        if (problems.isEmpty() && !compiled.rules().get(0).id().equals(change.ruleId())) {
            problems.add(change.ruleId() + ".epl:1: @Name('" + compiled.rules().get(0).id()
                    + "') does not match the record key '" + change.ruleId() + "'");
        }
        if (problems.isEmpty() && compiled.rules().get(0).version() != change.version()) {
            problems.add(change.ruleId() + ".epl:1: version tag " + compiled.rules().get(0).version()
                    + " does not match the declared version " + change.version());
        }
        if (!problems.isEmpty()) {
            return outcome(change, RuleOutcome.Status.REJECTED, String.join("\n", problems), engineTime);
        }
        try {
            engine.deploy(compiled.rules().get(0));
        } catch (RuntimeException e) {
            return outcome(change, RuleOutcome.Status.REJECTED, change.ruleId() + ".epl:1: " + e.getMessage(),
                    engineTime);
        }
        overlay.put(change.ruleId(), new Entry(change.ruleId(), change.version(), change.text(), change.author(),
                engineTime));
        return outcome(change, RuleOutcome.Status.ACCEPTED, "", engineTime);
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
        if (e.text() == null) {
            engine.undeploy(e.ruleId());
            return;
        }
        CompiledPack compiled = compile(e.ruleId(), e.text());
        if (compiled.ok() && compiled.rules().size() == 1) {
            engine.deploy(compiled.rules().get(0));
        }
    }

    private CompiledPack compile(String ruleId, String text) {
        if (compiler == null) {
            compiler = new RuleCompiler();
        }
        return compiler.compile(RulePackLoader.fromText(ruleId + ".epl", text));
    }

    void close() {
        if (compiler != null) {
            compiler.close();
        }
    }

    private static RuleOutcome outcome(RuleUpdate c, RuleOutcome.Status status, String message, long at) {
        return new RuleOutcome(c.ruleId(), c.version(), status, message, c.author(), at);
    }
}
