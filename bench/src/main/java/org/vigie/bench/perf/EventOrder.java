package org.vigie.bench.perf;

import org.apache.flink.cep.EventComparator;
import org.vigie.events.SignalEvent;

import java.util.Comparator;

/**
 * The order in which Vigie's correlate operator releases events to Esper: event time, then source kind, then id.
 * Flink CEP is given the same order for events of equal time, and Esper alone is fed in it, so that ties can never
 * make the engines differ.
 */
final class EventOrder implements EventComparator<SignalEvent> {

    private static final long serialVersionUID = 1L;

    static final Comparator<SignalEvent> RELEASE = Comparator.comparingLong(SignalEvent::eventTime)
            .thenComparing(SignalEvent::sourceKind).thenComparing(SignalEvent::id);

    @Override
    public int compare(SignalEvent a, SignalEvent b) {
        return RELEASE.compare(a, b);
    }
}
