package org.vigie.bench.perf;

import org.apache.flink.cep.EventComparator;
import org.vigie.correlate.ReleaseOrder;
import org.vigie.events.SignalEvent;

/**
 * {@link ReleaseOrder}, the order in which Vigie's correlate operator releases events to Esper, as Flink CEP's
 * comparator for events of equal time; Esper alone is fed in it too, so that ties can never make the engines differ.
 */
final class EventOrder implements EventComparator<SignalEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public int compare(SignalEvent a, SignalEvent b) {
        return ReleaseOrder.compare(a, b);
    }
}
