package org.vigie.alerts.priority;

import org.vigie.events.EventRef;
import org.vigie.events.SourceKind;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much independent evidence raises a score: {@code min(max, 1 + perExtraKind * (kinds - 1) + perExtraSource *
 * (sources - kinds))}, where {@code kinds} counts the distinct source kinds among the contributing events and
 * {@code sources} the distinct (kind, sourceId) pairs. A second kind of source (a camera and a bin sensor) is worth
 * more than a second sensor of the same kind, which may share the first one's blind spot.
 *
 * @param perExtraKind   added per source kind beyond the first (default 0.20)
 * @param perExtraSource added per independent source beyond one per kind (default 0.05)
 * @param max            cap of the multiplier (default 1.60)
 */
public record Corroboration(double perExtraKind, double perExtraSource, double max) implements Serializable {

    public Corroboration {
        if (perExtraKind < 0 || perExtraSource < 0 || max < 1) {
            throw new IllegalArgumentException("corroboration: increments must be >= 0 and max >= 1");
        }
    }

    public static Corroboration defaults() {
        return new Corroboration(0.20, 0.05, 1.60);
    }

    /** Distinct source kinds among {@code contributing}. */
    public static int kinds(List<EventRef> contributing) {
        return kindSet(contributing).size();
    }

    /** Distinct independent sources, (kind, sourceId) pairs, among {@code contributing}. */
    public static int sources(List<EventRef> contributing) {
        return sourceSet(contributing).size();
    }

    Reason weigh(List<EventRef> contributing) {
        Set<SourceKind> kinds = kindSet(contributing);
        int k = Math.max(kinds.size(), 1);
        int s = Math.max(sources(contributing), k);
        double multiplier = Math.min(max, 1 + perExtraKind * (k - 1) + perExtraSource * (s - k));
        return new Reason("corroboration", multiplier, String.format(Locale.ROOT,
                "corroboration: %d source kind(s) %s, %d independent source(s): x%.2f",
                kinds.size(), kinds, s, multiplier));
    }

    private static Set<SourceKind> kindSet(List<EventRef> contributing) {
        Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        contributing.forEach(r -> kinds.add(r.kind()));
        return kinds;
    }

    private static Set<String> sourceSet(List<EventRef> contributing) {
        // An event without a source id counts as its kind's one anonymous source: no extra credit for it.
        Set<String> sources = new HashSet<>();
        contributing.forEach(r -> sources.add(r.kind() + "/" + (r.sourceId() == null ? "" : r.sourceId())));
        return sources;
    }
}
