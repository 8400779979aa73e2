package org.vigie.simulator;

import org.vigie.events.SignalEvent;

/** What the sources of one run share: the city, id sequences, the noise guard, the silences and where events go. */
record SimContext(CityConfig config, CityLayout layout, Ids ids, NoiseGuard guard, Emission emission, int fleet,
                  Silences silences) {

    /** Hands a noise event to the emission buffer, unless its device is silent then or it falls after the run. */
    void emit(SignalEvent e, String plate) {
        if (e.eventTime() < config.endMillis() && !silences.silent(e.sourceId(), e.eventTime())) {
            silences.emitted(e, emission.add(new SimEvent(e, plate)));
        }
    }

    /** Hands an injected incident's event to the emission buffer; returns its release key. */
    long emitIncident(SignalEvent e, String plate) {
        long key = emission.add(new SimEvent(e, plate));
        silences.emitted(e, key);
        return key;
    }
}
