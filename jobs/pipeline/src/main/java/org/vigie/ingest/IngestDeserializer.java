package org.vigie.ingest;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vigie.events.SourceKind;
import org.vigie.job.config.VigieConfig;
import org.vigie.zones.ZoneMap;

/**
 * Runs {@link Ingest} inside the Kafka source, so the source's per-partition watermarks see event times (a source
 * that reads several partitions at different speeds would otherwise make the slower ones look late) and every
 * refusal still knows its topic, partition and offset.
 */
public final class IngestDeserializer implements KafkaRecordDeserializationSchema<Ingested> {

    private static final long serialVersionUID = 1L;

    private final SourceKind kind;
    private final ZoneMap zones;
    private final VigieConfig.Pseudonymization keys;
    private final java.time.Duration maxFutureSkew;

    private transient Ingest ingest;
    private transient Counter accepted;
    private transient Counter refused;

    public IngestDeserializer(SourceKind kind, ZoneMap zones, VigieConfig.Pseudonymization keys,
                              java.time.Duration maxFutureSkew) {
        this.kind = kind;
        this.zones = zones;
        this.keys = keys;
        this.maxFutureSkew = maxFutureSkew;
    }

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        ingest = new Ingest(zones, PlateKeys.pseudonymizer(keys), maxFutureSkew, System::currentTimeMillis);
        var group = context.getMetricGroup().addGroup("source", kind.eplType());
        accepted = group.counter("eventsAccepted");
        refused = group.counter("eventsRefused");
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Ingested> out) {
        Ingested result = ingest.process(kind, record.topic(), record.partition(), record.offset(), record.value());
        (result instanceof Ingested.Accepted ? accepted : refused).inc();
        out.collect(result);
    }

    @Override
    public TypeInformation<Ingested> getProducedType() {
        return TypeInformation.of(Ingested.class);
    }
}
