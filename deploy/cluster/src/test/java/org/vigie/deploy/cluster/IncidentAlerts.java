package org.vigie.deploy.cluster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vigie.events.Alert;
import org.vigie.events.EventRef;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.simulator.GroundTruth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alerts held against the simulator's ground truth: each ILLEGAL_DUMPING incident must give exactly one
 * dumping-corroborated alert, each ROAD_INCIDENT exactly one stopped-then-collapse and one report-cluster, all in the
 * incident's zone; an alert belongs to the incident whose events include all of the alert's contributing events.
 */
final class IncidentAlerts {

    private IncidentAlerts() {
    }

    /** Committed alerts of the JSON alert topic, checking that each is keyed by its zone. */
    static List<Alert> readCommitted(String bootstrap, String topic) {
        AlertCodec codec = new AlertCodec();
        List<Alert> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : TopicReader.readAll(bootstrap, topic, true)) {
            try {
                Alert a = codec.fromJson(r.value());
                if (!a.zone().equals(new String(r.key(), StandardCharsets.UTF_8))) {
                    throw new AssertionError("alert " + a.id() + " keyed by another zone than its own");
                }
                out.add(a);
            } catch (org.vigie.schemas.wire.DecodeException e) {
                throw new AssertionError("undecodable alert at offset " + r.offset() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** For each incident, the rules that must fire on it exactly once (sorted). */
    static Map<String, List<String>> expected(Collection<GroundTruth> truths) {
        Map<String, List<String>> out = new TreeMap<>();
        for (GroundTruth g : truths) {
            out.put(g.incidentId(), switch (g.type().name()) {
                case "ILLEGAL_DUMPING" -> List.of("dumping-corroborated");
                case "ROAD_INCIDENT" -> List.of("report-cluster", "stopped-then-collapse");
                default -> throw new IllegalStateException("no expected alerts for incidents of type " + g.type());
            });
        }
        return out;
    }

    /** For each incident of {@code truths} that has alerts, the rules of those alerts (sorted, repeats kept). */
    static Map<String, List<String>> actual(Collection<Alert> alerts, Collection<GroundTruth> truths) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Alert a : alerts) {
            GroundTruth owner = owner(a, truths);
            if (!owner.zone().equals(a.zone())) {
                throw new AssertionError("alert in zone " + a.zone() + " for incident " + owner.incidentId()
                        + " in zone " + owner.zone() + ": " + a);
            }
            out.computeIfAbsent(owner.incidentId(), k -> new ArrayList<>()).add(a.ruleId());
        }
        out.values().forEach(l -> l.sort(String::compareTo));
        return out;
    }

    /**
     * For the failure message of an alert check: the incidents' events that the job sent to the late topic
     * (committed), by incident, and how many late events there are in all.
     */
    static String lateIncidentEvents(String bootstrap, String lateTopic, Collection<GroundTruth> truths) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> lateIds = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : TopicReader.readAll(bootstrap, lateTopic, true)) {
            try {
                lateIds.add(json.readTree(r.value()).path("id").asText());
            } catch (java.io.IOException e) {
                lateIds.add("(unreadable at offset " + r.offset() + ")");
            }
        }
        Map<String, List<String>> byIncident = new TreeMap<>();
        for (GroundTruth g : truths) {
            List<String> late = g.eventIds().stream().filter(lateIds::contains).toList();
            if (!late.isEmpty()) {
                byIncident.put(g.incidentId(), late);
            }
        }
        return lateIds.size() + " late events in " + lateTopic + "; incident events among them: " + byIncident;
    }

    static GroundTruth owner(Alert a, Collection<GroundTruth> truths) {
        List<String> ids = a.contributing().stream().map(EventRef::id).toList();
        if (ids.isEmpty()) {
            throw new AssertionError("alert without contributing events: " + a);
        }
        return truths.stream().filter(g -> g.eventIds().containsAll(ids)).findFirst()
                .orElseThrow(() -> new AssertionError("alert matches no injected incident: " + a));
    }
}
