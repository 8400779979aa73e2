package org.vigie.bench.perf;

import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.vigie.events.SignalEvent;
import org.vigie.ingest.Ingest;
import org.vigie.ingest.Ingested;
import org.vigie.ingest.PlateKeys;
import org.vigie.job.config.VigieConfig;
import org.vigie.job.types.SignalEventSerializer;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CityTopics;
import org.vigie.simulator.SignalEncoder;
import org.vigie.simulator.SimEvent;
import org.vigie.simulator.WireFormat;

import java.util.Iterator;

/**
 * Feeds a whole simulated city, through the real ingest and then across the keyBy edge's serializer (as the job's
 * correlate operator receives them), to a sink, with the watermark the job would have (the newest event time minus
 * the out-of-orderness bound, moved once a second of event time). Nothing is kept: the heap after feeding is the
 * sink's state.
 */
final class StateFeed {

    /** Where the events and watermarks go. */
    interface Sink {
        void event(SignalEvent e) throws Exception;

        void watermark(long t) throws Exception;
    }

    /** Events fed, and how many of them fall within the retention before the last one. */
    record Counts(long fed, long inRetention) {
    }

    private StateFeed() {
    }

    static Counts feed(CityConfig city, VigieConfig config, long retention, Sink sink) throws Exception {
        Ingest ingest = new Ingest(config.loadZoneMap(), PlateKeys.pseudonymizer(config.pseudonymization()),
                config.eventTime().maxFutureSkew(), System::currentTimeMillis);
        SignalEncoder encoder = WireFormat.JSON.encoder();
        long ooo = config.eventTime().outOfOrderness().toMillis();
        long retainedFrom = city.endMillis() - retention;
        long fed = 0;
        long inRetention = 0;
        long nextWatermark = city.startMillis() + 1000;
        DataOutputSerializer wire = new DataOutputSerializer(512);
        DataInputDeserializer received = new DataInputDeserializer();
        for (Iterator<SimEvent> it = new CitySimulator(city).events().iterator(); it.hasNext(); ) {
            SimEvent e = it.next();
            if (ingest.process(e.event().sourceKind(), CityTopics.of(e.event().sourceKind()), 0, fed,
                    encoder.encode(e)) instanceof Ingested.Accepted a) {
                long t = a.event().eventTime();
                if (t >= nextWatermark) {
                    sink.watermark(t - ooo - 1);
                    nextWatermark = t + 1000;
                }
                wire.clear();
                SignalEventSerializer.INSTANCE.serialize(a.event(), wire);
                received.setBuffer(wire.getSharedBuffer(), 0, wire.length());
                sink.event(SignalEventSerializer.INSTANCE.deserialize(received));
                fed++;
                if (t >= retainedFrom) {
                    inRetention++;
                }
            }
        }
        return new Counts(fed, inRetention);
    }
}
