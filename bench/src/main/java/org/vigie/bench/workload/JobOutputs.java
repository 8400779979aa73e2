package org.vigie.bench.workload;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.Alert;
import org.vigie.job.config.VigieConfig;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.schemas.wire.DecodeException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the job committed, as a read_committed consumer sees it: the alerts, the CAP messages that announce an
 * incident (header {@code vigie-msg-type: Alert}), and the events it found late.
 */
record JobOutputs(List<Alert> alerts, long incidents, long lateEvents) {

    private static final Duration READ = Duration.ofMinutes(2);

    static JobOutputs read(EmbeddedKafka kafka, VigieConfig.Topics topics) {
        AlertCodec codec = new AlertCodec();
        List<Alert> alerts = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : kafka.readAll(topics.alerts(), READ, true)) {
            try {
                alerts.add(codec.fromJson(r.value()));
            } catch (DecodeException e) {
                throw new IllegalStateException("the job wrote an alert its own codec cannot read: " + e.getMessage(),
                        e);
            }
        }
        long incidents = kafka.readAll(topics.capJson(), READ, true).stream()
                .filter(r -> "Alert".equals(header(r, "vigie-msg-type"))).count();
        long late = kafka.readAll(topics.late(), READ, true).size();
        return new JobOutputs(List.copyOf(alerts), incidents, late);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
