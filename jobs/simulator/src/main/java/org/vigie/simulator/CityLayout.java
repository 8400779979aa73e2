package org.vigie.simulator;

import org.vigie.events.SourceKind;
import org.vigie.zones.Zone;
import org.vigie.zones.ZoneMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Where the devices of a simulated city are. Devices are dealt to zones round-robin over a seed-shuffled zone order
 * (so every zone gets its share), at seed-random points inside their zone. Traffic detectors are paired on road
 * segments: the k-th detector of a zone is on {@code seg-<zone>-<k/2+1>}, lane {@code k%2+1}.
 */
public final class CityLayout {

    private final ZoneMap zoneMap;
    private final Map<SourceKind, List<Device>> byKind = new LinkedHashMap<>();
    private final Map<SourceKind, Map<String, List<Device>>> byKindAndZone = new HashMap<>();
    private final Map<String, List<Device>> bySegment = new LinkedHashMap<>();

    CityLayout(CityConfig config, SplittableRandom rnd) {
        this.zoneMap = config.zoneMap();
        List<Zone> order = new ArrayList<>(zoneMap.zones());
        Collections.shuffle(order, new Random(rnd.nextLong()));
        place(SourceKind.CAMERA, "cam-%04d", config.cameras(), order, rnd);
        place(SourceKind.DUMPING_SENSOR, "bin-%04d", config.dumpingSensors(), order, rnd);
        place(SourceKind.TRAFFIC, "det-%04d", config.trafficDetectors(), order, rnd);
        place(SourceKind.CITIZEN_REPORT, "desk-%02d", config.callCentreDesks(), order, rnd);
        bySegment.replaceAll((s, ds) -> List.copyOf(ds));
    }

    public ZoneMap zoneMap() {
        return zoneMap;
    }

    /** Devices of one kind, in id order. */
    public List<Device> devices(SourceKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Devices of one kind in one zone, in id order. */
    public List<Device> devices(SourceKind kind, String zone) {
        return byKindAndZone.getOrDefault(kind, Map.of()).getOrDefault(zone, List.of());
    }

    /** Road segment id to the detectors on it. */
    public Map<String, List<Device>> segments() {
        return Collections.unmodifiableMap(bySegment);
    }

    /** The zone a device id belongs to, or {@code null} if there is no such device. */
    public String zoneOf(String deviceId) {
        for (List<Device> ds : byKind.values()) {
            for (Device d : ds) {
                if (d.id().equals(deviceId)) {
                    return d.zone();
                }
            }
        }
        return null;
    }

    private void place(SourceKind kind, String idFormat, int count, List<Zone> order, SplittableRandom rnd) {
        List<Device> all = new ArrayList<>(count);
        Map<String, List<Device>> perZone = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Zone zone = order.get(i % order.size());
            double[] p = Placement.pointIn(zone, zoneMap, rnd);
            List<Device> inZone = perZone.computeIfAbsent(zone.id(), z -> new ArrayList<>());
            String id = String.format(idFormat, i + 1);
            Device d;
            if (kind == SourceKind.TRAFFIC) {
                int k = inZone.size();
                if (k % 2 == 1) {
                    // The second detector of a segment watches the other lane at the same spot.
                    p = new double[] {inZone.get(k - 1).lat(), inZone.get(k - 1).lon()};
                }
                String segment = "seg-" + zone.id() + "-" + (k / 2 + 1);
                d = new Device(id, kind, zone.id(), p[0], p[1], segment, k % 2 + 1);
                bySegment.computeIfAbsent(segment, s -> new ArrayList<>()).add(d);
            } else {
                d = new Device(id, kind, zone.id(), p[0], p[1], null, null);
            }
            inZone.add(d);
            all.add(d);
        }
        byKind.put(kind, List.copyOf(all));
        Map<String, List<Device>> frozen = new HashMap<>();
        perZone.forEach((z, ds) -> frozen.put(z, List.copyOf(ds)));
        byKindAndZone.put(kind, frozen);
    }
}
