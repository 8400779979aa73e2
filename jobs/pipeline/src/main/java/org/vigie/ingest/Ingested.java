package org.vigie.ingest;

import org.vigie.events.DeadLetter;
import org.vigie.events.SignalEvent;

/** What ingest makes of one Kafka record: an event ready for the rules, or a refusal kept whole. */
public sealed interface Ingested {

    /** Accepted: decoded, valid, zoned and pseudonymised. */
    record Accepted(SignalEvent event) implements Ingested {
    }

    /** Refused: bound for the dead-letter topic with its reason. */
    record Refused(DeadLetter letter) implements Ingested {
    }
}
