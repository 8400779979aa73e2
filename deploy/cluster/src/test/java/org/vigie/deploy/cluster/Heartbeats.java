package org.vigie.deploy.cluster;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.CityTopics;
import org.vigie.simulator.SimEvent;
import org.vigie.zones.ZoneMap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * One harmless signal at event time {@code t} in every partition of every input topic, so that the job's watermark
 * reaches exactly {@code t} minus the out-of-orderness: a partition's watermark follows its newest event, and the
 * cluster tests run without idleness (a partition that has no record to give holds the watermark back instead of
 * being skipped, so a burst or a restart's catch-up can never make records late).
 *
 * <p>Harmless: real signals of the run re-stamped, of kinds no starter rule matches (a moving vehicle, a fill
 * level, free-flowing traffic) and, for citizen reports (any code counts towards report-cluster), a zone and code
 * with no other such report within 20 minutes.
 */
final class Heartbeats {

    private static final long REPORT_QUIET_MS = 20 * 60_000L;
    /** Codes no starter rule reads but report-cluster (which counts any code). */
    private static final List<CitizenReport.ServiceCode> BENIGN_CODES = List.of(CitizenReport.ServiceCode.OTHER,
            CitizenReport.ServiceCode.NOISE, CitizenReport.ServiceCode.ABANDONED_OBJECT,
            CitizenReport.ServiceCode.CROWD, CitizenReport.ServiceCode.FIGHT);

    private Heartbeats() {
    }

    static void write(String bootstrap, CityTimeline city, long t) {
        SignalCodec codec = new SignalCodec();
        Map<String, Object> c = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(c, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            Set<String> reportZones = new HashSet<>();
            for (String topic : CityTopics.inputs()) {
                int partitions = p.partitionsFor(topic).size();
                for (int i = 0; i < partitions; i++) {
                    SignalEvent e = restamp(template(city, topic, t, reportZones), "hb-" + t + "-" + topic + "-" + i,
                            t);
                    if (e instanceof CitizenReport r) {
                        city.heartbeatReports.add(r);
                    }
                    p.send(new ProducerRecord<>(topic, i, t, e.sourceId().getBytes(StandardCharsets.UTF_8),
                            codec.encodeJson(e, null))).get();
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write heartbeats", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SignalEvent template(CityTimeline city, String topic, long t, Set<String> reportZones) {
        return switch (topic) {
            case CityTopics.CAMERA -> first(city, e -> e instanceof CameraDetection d
                    && d.behavior() == CameraDetection.Behavior.MOVING);
            case CityTopics.DUMPING -> first(city, e -> e instanceof DumpingObservation d
                    && d.kind() == DumpingObservation.Kind.FILL_LEVEL);
            case CityTopics.TRAFFIC -> first(city, e -> e instanceof TrafficEvent f
                    && f.kind() == TrafficEvent.Kind.FLOW && f.speedKmh() != null && f.speedKmh() >= 30);
            default -> quietReport(city, t, reportZones);
        };
    }

    /** A report at a camera's position, in a zone and with a code no other report has within 20 minutes. */
    private static SignalEvent quietReport(CityTimeline city, long t, Set<String> taken) {
        ZoneMap zones = city.config.zoneMap();
        List<SignalEvent> events = city.records.stream().filter(SimEvent.class::isInstance)
                .map(r -> ((SimEvent) r).event()).toList();
        List<CitizenReport> reports = new ArrayList<>(events.stream().filter(CitizenReport.class::isInstance)
                .map(CitizenReport.class::cast).toList());
        reports.addAll(city.heartbeatReports);
        CitizenReport like = reports.get(0);
        Map<String, CameraDetection> placeByZone = new TreeMap<>();
        events.stream().filter(CameraDetection.class::isInstance).map(CameraDetection.class::cast)
                .forEach(c -> placeByZone.putIfAbsent(zoneOf(zones, c.lat(), c.lon()), c));
        for (var place : placeByZone.entrySet()) {
            for (CitizenReport.ServiceCode code : BENIGN_CODES) {
                boolean quiet = reports.stream().noneMatch(o -> o.serviceCode() == code
                        && Math.abs(o.eventTime() - t) < REPORT_QUIET_MS
                        && zoneOf(zones, o.lat(), o.lon()).equals(place.getKey()));
                if (quiet && !taken.contains(place.getKey())) {
                    taken.add(place.getKey());
                    CameraDetection at = place.getValue();
                    return new CitizenReport(like.id(), like.sourceId(), t, at.lat(), at.lon(), null, code,
                            like.description(), like.status(), like.address());
                }
            }
        }
        throw new IllegalStateException("no quiet zone left for a report heartbeat at " + t);
    }

    private static String zoneOf(ZoneMap zones, double lat, double lon) {
        return zones.zoneAt(lat, lon).map(z -> z.id()).orElse("");
    }

    private static SignalEvent first(CityTimeline city, Predicate<SignalEvent> benign) {
        return city.records.stream().filter(SimEvent.class::isInstance).map(r -> ((SimEvent) r).event())
                .filter(benign).findFirst().orElseThrow(() -> new IllegalStateException("no benign template"));
    }

    private static SignalEvent restamp(SignalEvent e, String id, long t) {
        if (e instanceof CameraDetection d) {
            return new CameraDetection(id, d.sourceId(), t, d.lat(), d.lon(), null, d.objectClass(), d.likelihood(),
                    d.vehicleType(), d.vehicleBrand(), d.vehicleModel(), d.vehicleColor(), d.behavior(), d.speedKmh(),
                    d.objectCount(), d.trackId(), null, null);
        } else if (e instanceof DumpingObservation d) {
            return new DumpingObservation(id, d.sourceId(), t, d.lat(), d.lon(), null, d.kind(), d.value(), d.unit());
        } else if (e instanceof TrafficEvent f) {
            return new TrafficEvent(id, f.sourceId(), t, f.lat(), f.lon(), null, f.kind(), f.segmentId(), f.lane(),
                    f.speedKmh(), f.flow(), f.occupancy());
        }
        CitizenReport r = (CitizenReport) e;
        return new CitizenReport(id, r.sourceId(), t, r.lat(), r.lon(), null, r.serviceCode(), r.description(),
                r.status(), r.address());
    }
}
