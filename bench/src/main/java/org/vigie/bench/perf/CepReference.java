package org.vigie.bench.perf;

import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.IterativeCondition;
import org.apache.flink.cep.pattern.conditions.SimpleCondition;
import org.vigie.events.Alert;
import org.vigie.events.CameraDetection;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

import java.time.Duration;
import java.util.List;

/**
 * The reference pack ({@code /rules/reference/*.epl}) written again with Flink CEP's Pattern API, rule for rule.
 *
 * <p>What makes the two the same, rule by rule (see docs/performance.md):
 * <ul>
 *   <li>No after-match skip (CEP's default): every opening event starts its own match, as Esper's {@code every}.</li>
 *   <li>{@code within(W)} is measured from the first event, as the EPL's guard started by that event, and both
 *       exclude an event exactly W later (CEP prunes at {@code t - start >= W}; Vigie advances Esper's clock to an
 *       event's time before sending it, so a timer due at that time has already fired).</li>
 *   <li>Events of equal time are processed in the same order (time, source kind, id: {@link EventOrder}).</li>
 *   <li>A null speed never satisfies {@code speedKmh < 15}, as in EPL.</li>
 * </ul>
 */
final class CepReference {

    /** One rule: its id (as in the EPL pack), what an alert of it says, and its pattern. */
    record Rule(String id, Alert.Severity severity, String description, Pattern<SignalEvent, ?> pattern) {
    }

    private CepReference() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule("ref-trucks-burst", Alert.Severity.LOW,
                        "At least 8 moving trucks seen by the cameras of a zone within 1 minute",
                        Pattern.<SignalEvent>begin("burst").where(SimpleCondition.of(CepReference::movingTruck))
                                .times(8).within(Duration.ofMinutes(1))),
                new Rule("ref-stopped-then-slow", Alert.Severity.HIGH,
                        "A stopped vehicle followed within 2 minutes by traffic below 15 km/h on the same road segment",
                        Pattern.<SignalEvent>begin("stopped").where(SimpleCondition.of(CepReference::stopped))
                                .followedBy("slow").where(new SlowOnSameSegment())
                                .within(Duration.ofMinutes(2))),
                new Rule("ref-deposit-unconfirmed", Alert.Severity.MEDIUM,
                        "A deposit detected by a sensor that sends no fill-level reading in the next 20 minutes",
                        Pattern.<SignalEvent>begin("deposit").where(SimpleCondition.of(CepReference::deposit))
                                .notFollowedBy("fill").where(new FillFromSameSensor())
                                .within(Duration.ofMinutes(20))));
    }

    static boolean movingTruck(SignalEvent e) {
        return e instanceof CameraDetection c && c.objectClass() == CameraDetection.ObjectClass.VEHICLE
                && c.vehicleType() == CameraDetection.VehicleType.TRUCK
                && c.behavior() == CameraDetection.Behavior.MOVING;
    }

    static boolean stopped(SignalEvent e) {
        return e instanceof TrafficEvent t && t.kind() == TrafficEvent.Kind.STOPPED_VEHICLE;
    }

    static boolean deposit(SignalEvent e) {
        return e instanceof DumpingObservation d && d.kind() == DumpingObservation.Kind.DEPOSIT_DETECTED;
    }

    /** {@code TrafficEvent(kind='FLOW', segmentId=stopped.segmentId, speedKmh < 15)}. */
    static final class SlowOnSameSegment extends IterativeCondition<SignalEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean filter(SignalEvent e, Context<SignalEvent> ctx) throws Exception {
            if (!(e instanceof TrafficEvent t) || t.kind() != TrafficEvent.Kind.FLOW || t.speedKmh() == null
                    || !(t.speedKmh() < 15)) {
                return false;
            }
            for (SignalEvent s : ctx.getEventsForPattern("stopped")) {
                if (((TrafficEvent) s).segmentId().equals(t.segmentId())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code DumpingObservation(kind='FILL_LEVEL', sourceId=deposit.sourceId)}. */
    static final class FillFromSameSensor extends IterativeCondition<SignalEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean filter(SignalEvent e, Context<SignalEvent> ctx) throws Exception {
            if (!(e instanceof DumpingObservation d) || d.kind() != DumpingObservation.Kind.FILL_LEVEL) {
                return false;
            }
            for (SignalEvent dep : ctx.getEventsForPattern("deposit")) {
                if (dep.sourceId().equals(d.sourceId())) {
                    return true;
                }
            }
            return false;
        }
    }
}
