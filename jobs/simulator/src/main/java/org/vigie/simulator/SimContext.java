package org.vigie.simulator;

import org.vigie.events.SignalEvent;

/** What the sources of one run share: the city, id sequences, the noise guard and where events go. */
record SimContext(CityConfig config, CityLayout layout, Ids ids, NoiseGuard guard, Emission emission, int fleet) {

    /** Hands a noise event to the emission buffer. */
    void emit(SignalEvent e, String plate) {
        emission.add(new SimEvent(e, plate));
    }
}
