package org.vigie.simulator;

import org.vigie.schemas.wire.SignalCodec;

/** Turns a simulated signal into the value bytes a source would put on its topic, clear plate included. */
@FunctionalInterface
public interface SignalEncoder {

    byte[] encode(SimEvent event);

    /** vigie-schemas' wire codec in the given format: exactly what ingest decodes. */
    static SignalEncoder of(WireFormat format) {
        SignalCodec codec = new SignalCodec();
        return switch (format) {
            case JSON -> e -> codec.encodeJson(e.event(), e.plateNumber());
            case AVRO -> e -> codec.encodeAvro(e.event(), e.plateNumber());
        };
    }
}
