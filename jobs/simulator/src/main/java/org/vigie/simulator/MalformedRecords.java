package org.vigie.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.ObjectClass;
import org.vigie.events.CameraDetection.VehicleType;
import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.DumpingObservation.Kind;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.RawRecord.Defect;
import org.vigie.zones.Zone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Records the wire codec writes, spoiled one way each, so every dead-letter reason can be tested. */
final class MalformedRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SignalCodec CODEC = new SignalCodec();

    private MalformedRecords() {
    }

    static List<RawRecord> generate(CitySimulator sim, int count) {
        CityConfig c = sim.config();
        SplittableRandom rnd = new SplittableRandom(c.seed() ^ 0x0BAD_5EED_0BAD_5EEDL);
        Device cam = device(sim, SourceKind.CAMERA, "cam-0000");
        Device bin = device(sim, SourceKind.DUMPING_SENSOR, "bin-0000");
        Device det = device(sim, SourceKind.TRAFFIC, "det-0000");
        Device desk = device(sim, SourceKind.CITIZEN_REPORT, "desk-00");
        List<RawRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Defect defect = Defect.values()[i % Defect.values().length];
            long t = c.startMillis() + (i + 1) * c.duration().toMillis() / (count + 1);
            String id = String.format("bad-%04d", i + 1);
            out.add(switch (defect) {
                case BAD_JSON -> {
                    String whole = text(json(Events.vehicle(id, cam, t, 0.9, VehicleType.CAR,
                            Vehicles.brandModel(VehicleType.CAR, rnd), "white", Behavior.MOVING, 30.0, "trk-" + id)));
                    yield raw(CityTopics.CAMERA, cam, t, whole.substring(0, whole.length() / 2), defect);
                }
                case LAT_OUT_OF_RANGE -> {
                    ObjectNode n = json(Events.dumping(id, bin, t, Kind.FILL_LEVEL, 0.5, "1"));
                    n.put("lat", 123.456);
                    yield raw(CityTopics.DUMPING, bin, t, text(n), defect);
                }
                case BIOMETRIC_FIELD -> {
                    ObjectNode n = json(Events.object(id, cam, t, ObjectClass.HUMAN, 0.9, 4.0, "trk-" + id));
                    ArrayNode embedding = n.putArray("faceEmbedding");
                    for (int k = 0; k < 8; k++) {
                        embedding.add(Events.round(rnd.nextDouble() * 2 - 1, 4));
                    }
                    yield raw(CityTopics.CAMERA, cam, t, text(n), defect);
                }
                case BIOMETRIC_CLASS -> {
                    ObjectNode n = json(Events.object(id, cam, t, ObjectClass.HUMAN, 0.9, 4.0, "trk-" + id));
                    n.put("objectClass", "HumanFace");
                    yield raw(CityTopics.CAMERA, cam, t, text(n), defect);
                }
                case MISSING_FIELD -> {
                    ObjectNode n = json(Events.flow(id, det, t, 45.0, 12, 0.1));
                    n.remove("eventTime");
                    yield raw(CityTopics.TRAFFIC, det, t, text(n), defect);
                }
                case UNKNOWN_ENUM -> {
                    ObjectNode n = json(Events.report(id, desk, t, new double[] {desk.lat(), desk.lon()},
                            ServiceCode.OTHER, "Lights in the sky"));
                    n.put("serviceCode", "UFO_SIGHTING");
                    yield raw(CityTopics.REPORTS, desk, t, text(n), defect);
                }
            });
        }
        return List.copyOf(out);
    }

    private static Device device(CitySimulator sim, SourceKind kind, String fallbackId) {
        List<Device> ds = sim.layout().devices(kind);
        if (!ds.isEmpty()) {
            return ds.get(0);
        }
        Zone z = sim.config().zoneMap().zones().get(0);
        String segment = kind == SourceKind.TRAFFIC ? "seg-" + z.id() + "-1" : null;
        return new Device(fallbackId, kind, z.id(), z.centerLat(), z.centerLon(), segment,
                kind == SourceKind.TRAFFIC ? 1 : null);
    }

    private static ObjectNode json(SignalEvent e) {
        try {
            return (ObjectNode) JSON.readTree(CODEC.encodeJson(e, null));
        } catch (IOException ex) {
            throw new UncheckedIOException("the codec wrote JSON Jackson cannot read back", ex);
        }
    }

    private static String text(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static RawRecord raw(String topic, Device d, long t, String value, Defect defect) {
        return new RawRecord(topic, d.id(), t, value.getBytes(StandardCharsets.UTF_8), defect);
    }
}
