package org.vigie.schemas.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.events.Alert;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DeadLetter;
import org.vigie.events.DumpingObservation;
import org.vigie.events.EventRef;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Sample records shared by the codec tests: every kind with all fields set, and with only required ones. */
final class Samples {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** 2025-03-14T09:26:53.589+00:00. */
    static final long T = 1_741_944_413_589L;

    private Samples() {
    }

    static CameraDetection camera() {
        return new CameraDetection("cam-7/1042", "cam-7", T, 48.8566, 2.3522, "Z-CENTRE",
                CameraDetection.ObjectClass.VEHICLE, 0.93, CameraDetection.VehicleType.CAR, "Renault", "Clio",
                "red", CameraDetection.Behavior.IDLE, 0.0, null, "trk-55", null, null);
    }

    static CameraDetection cameraPseudonymised() {
        return new CameraDetection("cam-7/1043", "cam-7", T + 40, 48.8566, 2.3522, "Z-CENTRE",
                CameraDetection.ObjectClass.LICENSE_PLATE, 0.88, null, null, null, null,
                CameraDetection.Behavior.LINE_CROSSED, 32.5, null, "trk-56", "hmac:3f9a0c", "k-2025-03");
    }

    static CameraDetection crowd() {
        return new CameraDetection("cam-2/77", "cam-2", T, 48.86, 2.34, null, CameraDetection.ObjectClass.HUMAN,
                0.7, null, null, null, null, CameraDetection.Behavior.CROWD, null, 42, null, null, null);
    }

    static DumpingObservation dumping() {
        return new DumpingObservation("obs-991", "bin-12", T, 48.85, 2.35, "Z-EAST",
                DumpingObservation.Kind.FILL_LEVEL, 0.85, "1");
    }

    static DumpingObservation dumpingEvent() {
        return new DumpingObservation("obs-992", "bin-12", T, 48.85, 2.35, null,
                DumpingObservation.Kind.DEPOSIT_DETECTED, null, null);
    }

    static TrafficEvent traffic() {
        return new TrafficEvent("tr-5", "loop-A4-12", T, 48.83, 2.40, "Z-RING", TrafficEvent.Kind.CONGESTION,
                "A4-12", 2, 11.5, 38, 0.62);
    }

    static TrafficEvent trafficMinimal() {
        return new TrafficEvent("tr-6", "loop-A4-12", T, 48.83, 2.40, null, TrafficEvent.Kind.COLLISION, "A4-12",
                null, null, null, null);
    }

    static CitizenReport citizen() {
        return new CitizenReport("sr-2025-000123", "call-centre", T, 48.857, 2.351, "Z-CENTRE",
                CitizenReport.ServiceCode.ILLEGAL_DUMPING, "Mattresses left by the bins", CitizenReport.Status.OPEN,
                "12 rue de Rivoli");
    }

    static CitizenReport citizenMinimal() {
        return new CitizenReport("sr-2025-000124", "app", T, 48.857, 2.351, null, CitizenReport.ServiceCode.NOISE,
                null, CitizenReport.Status.CLOSED, null);
    }

    static List<SignalEvent> signals() {
        return List.of(camera(), cameraPseudonymised(), crowd(), dumping(), dumpingEvent(), traffic(),
                trafficMinimal(), citizen(), citizenMinimal());
    }

    static Alert alert() {
        return new Alert("a-3c1f", "dumping-confirmed", 3, "Z-EAST", Alert.Severity.HIGH, 2, T + 60_000, T,
                T + 60_000, "Deposit detected next to bin-12, confirmed by a camera and a citizen report",
                List.of(EventRef.of(dumpingEvent()), EventRef.of(camera()), EventRef.of(citizen())),
                Map.of("sensor", "bin-12", "reports", "1", "confidence", "0.93"));
    }

    static Alert alertMinimal() {
        return new Alert("a-0", "r", 1, null, Alert.Severity.LOW, 4, T, T, T, null, List.of(), Map.of());
    }

    static DeadLetter deadLetter() {
        return new DeadLetter("vigie.in.camera", 3, 1_234_567_890_123L, "missing required field 'eventTime'",
                utf8("{\"id\":\"x\"}"), T);
    }

    /** The JSON form of a signal, edited: to write malformed or hostile input from a valid one. */
    static byte[] editedJson(SignalEvent event, Consumer<ObjectNode> edit) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(new SignalCodec().encodeJson(event, null));
            edit.accept(node);
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
