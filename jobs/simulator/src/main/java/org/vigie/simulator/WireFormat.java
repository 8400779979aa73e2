package org.vigie.simulator;

/** How signals are encoded on the input topics; ingest accepts both, detected per record. */
public enum WireFormat {
    /** One JSON object per record, fields named as the record components, times as epoch ms. */
    JSON,
    /** Avro single-object encoding with the kind's current schema. */
    AVRO;

    public SignalEncoder encoder() {
        return SignalEncoder.of(this);
    }
}
