package org.vigie.bench.perf;

import org.vigie.events.Alert;
import org.vigie.events.EventRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Whether two engines raised the same alerts. Two alerts are the same when they have the same rule id, the same
 * zone and the same contributing event ids (as a sorted set): the work a rule did, whatever each engine adds around
 * it (values, description, priority). Alerts are compared as multisets, so a duplicate is a difference too.
 *
 * @param same        no alert of one side is missing from the other, counted with multiplicity
 * @param leftCount   alerts of the left side
 * @param rightCount  alerts of the right side
 * @param leftByRule  left-side alerts per rule id
 * @param rightByRule right-side alerts per rule id
 * @param onlyLeft    how many alerts only the left side raised (with multiplicity)
 * @param onlyRight   how many alerts only the right side raised
 * @param firstDifferences up to {@value #SHOWN} differences, as "left-only|right-only: rule zone [ids]"
 */
record AlertComparison(boolean same, long leftCount, long rightCount, Map<String, Long> leftByRule,
                       Map<String, Long> rightByRule, long onlyLeft, long onlyRight, List<String> firstDifferences) {

    static final int SHOWN = 10;

    /** The identity of an alert for the comparison: rule, zone, contributing event ids. */
    static String key(Alert a) {
        return a.ruleId() + " " + a.zone() + " " + a.contributing().stream().map(EventRef::id).sorted().toList();
    }

    static AlertComparison of(String leftName, List<Alert> left, String rightName, List<Alert> right) {
        Map<String, Long> l = counts(left);
        Map<String, Long> r = counts(right);
        List<String> diffs = new ArrayList<>();
        long onlyLeft = surplus(l, r, leftName + "-only: ", diffs);
        long onlyRight = surplus(r, l, rightName + "-only: ", diffs);
        return new AlertComparison(onlyLeft == 0 && onlyRight == 0, left.size(), right.size(), byRule(left),
                byRule(right), onlyLeft, onlyRight, diffs.stream().sorted().limit(SHOWN).toList());
    }

    private static long surplus(Map<String, Long> a, Map<String, Long> b, String label, List<String> diffs) {
        long n = 0;
        for (Map.Entry<String, Long> e : a.entrySet()) {
            long extra = e.getValue() - b.getOrDefault(e.getKey(), 0L);
            if (extra > 0) {
                n += extra;
                diffs.add(label + e.getKey() + (extra > 1 ? " x" + extra : ""));
            }
        }
        return n;
    }

    private static Map<String, Long> counts(List<Alert> alerts) {
        Map<String, Long> m = new HashMap<>();
        alerts.forEach(a -> m.merge(key(a), 1L, Long::sum));
        return m;
    }

    private static Map<String, Long> byRule(List<Alert> alerts) {
        return alerts.stream().collect(Collectors.groupingBy(Alert::ruleId, TreeMap::new, Collectors.counting()));
    }
}
