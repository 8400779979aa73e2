package org.vigie.bench.workload;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.vigie.alerts.cap.CapHeaders;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.Alert;
import org.vigie.job.config.VigieConfig;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.schemas.wire.DecodeException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the job committed, as a read_committed consumer sees it: the alerts, the ids of the incidents it opened (the
 * keys of the CAP messages with header {@code vigie-msg-type: Alert}), the events it found late and the records it
 * refused.
 */
record JobOutputs(List<Alert> alerts, Set<String> openedIncidents, long lateEvents, long deadLetters) {

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
        Set<String> opened = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : kafka.readAll(topics.capJson(), READ, true)) {
            if ("Alert".equals(header(r, CapHeaders.MSG_TYPE))) {
                opened.add(new String(r.key(), StandardCharsets.UTF_8));
            }
        }
        long late = kafka.readAll(topics.late(), READ, true).size();
        long deadLetters = kafka.readAll(topics.deadLetter(), READ, true).size();
        return new JobOutputs(List.copyOf(alerts), Set.copyOf(opened), late, deadLetters);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
