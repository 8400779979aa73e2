package org.vigie.correlate;

import org.vigie.events.SignalEvent;

import java.util.Comparator;

/**
 * The order in which events go to a {@link CorrelationEngine}: event time, then source kind, then id. Ties never
 * depend on arrival order, so the job, its replay after a failure, a backtest and a benchmark's reference engines all
 * see the same sequence.
 */
public final class ReleaseOrder {

    public static final Comparator<SignalEvent> EVENTS = ReleaseOrder::compare;

    private ReleaseOrder() {
    }

    public static int compare(SignalEvent a, SignalEvent b) {
        int byTime = Long.compare(a.eventTime(), b.eventTime());
        if (byTime != 0) {
            return byTime;
        }
        int byKind = a.sourceKind().compareTo(b.sourceKind());
        return byKind != 0 ? byKind : a.id().compareTo(b.id());
    }
}
