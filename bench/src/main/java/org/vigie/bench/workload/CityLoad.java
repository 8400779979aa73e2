package org.vigie.bench.workload;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.GroundTruth;
import org.vigie.simulator.KafkaCityWriter;
import org.vigie.simulator.SimEvent;
import org.vigie.simulator.SimRecord;
import org.vigie.simulator.WireFormat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A simulated city written to the input topics, in the given wire format, and the ground truth kept
 * aside for scoring: the job never sees it.
 *
 * @param rawEvents     signal events written
 * @param flaggedEvents the events raw analytics would put in front of an operator: a camera detection flagged with a
 *                      behaviour other than MOVING, a traffic event other than FLOW, a deposit detected, a citizen
 *                      report; injected and background alike
 * @param seconds       wall-clock time the simulation and the writing took
 */
record CityLoad(long rawEvents, long flaggedEvents, List<GroundTruth> truths, double seconds) {

    static CityLoad write(EmbeddedKafka kafka, CityConfig city, WireFormat format) {
        long t0 = System.nanoTime();
        List<GroundTruth> truths = new ArrayList<>();
        long[] flagged = {0};
        Iterator<SimRecord> run = new CitySimulator(city).iterator();
        Iterator<SimRecord> keepingTruths = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return run.hasNext();
            }

            @Override
            public SimRecord next() {
                SimRecord r = run.next();
                if (r instanceof GroundTruth g) {
                    truths.add(g);
                } else if (r instanceof SimEvent e && flagged(e.event())) {
                    flagged[0]++;
                }
                return r;
            }
        };
        long events;
        try (KafkaCityWriter writer = KafkaCityWriter.create(kafka.bootstrapServers(), format.encoder(), 0,
                false)) {
            events = writer.write(keepingTruths).values().stream().mapToLong(Long::longValue).sum();
        }
        return new CityLoad(events, flagged[0], List.copyOf(truths), (System.nanoTime() - t0) / 1e9);
    }

    private static boolean flagged(SignalEvent e) {
        if (e instanceof CameraDetection c) {
            return c.behavior() != null && c.behavior() != CameraDetection.Behavior.MOVING;
        } else if (e instanceof TrafficEvent t) {
            return t.kind() != TrafficEvent.Kind.FLOW;
        } else if (e instanceof DumpingObservation d) {
            return d.kind() == DumpingObservation.Kind.DEPOSIT_DETECTED;
        }
        return e instanceof CitizenReport;
    }
}
