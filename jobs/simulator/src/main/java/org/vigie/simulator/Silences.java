package org.vigie.simulator;

import org.vigie.events.SignalEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The devices that send nothing for a while: the injected outages ({@link GroundTruth.Type#DEVICE_SILENT}) and the
 * cameras' brief reboots ({@link FalseTriggers#rebootsPerCameraPerDay()}). Background events of a silent device are
 * dropped on their way out; for the injected outages the last event each device sent is remembered, since it is
 * that outage's ground truth.
 */
final class Silences {

    /** The last event a watched device sent before its outage, with its emission key. */
    record Last(String eventId, long time, long key) {
    }

    private final Map<String, List<long[]>> byDevice = new HashMap<>();
    private final Map<String, Last> watched = new HashMap<>();

    Silences(List<PlannedIncident> incidents) {
        for (PlannedIncident i : incidents) {
            if (i.silence() != null) {
                add(i.silence().deviceId(), i.silence().from(), i.silence().until());
                watched.put(i.silence().deviceId(), null);
            }
        }
    }

    /** Adds the reboots of {@code cameras} over the run: 1 to 4 minutes each, at the configured rate. */
    void planReboots(CityConfig c, List<Device> cameras, SplittableRandom rnd) {
        double perMs = cameras.size() * c.noise().falseTriggers().rebootsPerCameraPerDay() / 86_400_000.0;
        if (perMs <= 0) {
            return;
        }
        for (long t = c.startMillis(); ; ) {
            t += (long) Math.ceil(-StrictMath.log(1 - rnd.nextDouble()) / perMs);
            if (t >= c.endMillis()) {
                return;
            }
            Device cam = cameras.get(rnd.nextInt(cameras.size()));
            if (!watched.containsKey(cam.id())) {
                add(cam.id(), t, t + rnd.nextLong(60_000, 240_001));
            }
        }
    }

    boolean silent(String deviceId, long t) {
        List<long[]> spans = byDevice.get(deviceId);
        if (spans == null) {
            return false;
        }
        for (long[] s : spans) {
            if (t >= s[0] && t < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Notes an event on its way out, if its device is one that an injected outage will silence. */
    void emitted(SignalEvent e, long key) {
        if (watched.containsKey(e.sourceId())) {
            Last last = watched.get(e.sourceId());
            if (last == null || e.eventTime() >= last.time()) {
                watched.put(e.sourceId(), new Last(e.id(), e.eventTime(), key));
            }
        }
    }

    /** The last event {@code deviceId} sent, or {@code null} if none yet. */
    Last last(String deviceId) {
        return watched.get(deviceId);
    }

    private void add(String deviceId, long from, long until) {
        byDevice.computeIfAbsent(deviceId, d -> new ArrayList<>()).add(new long[] {from, until});
    }
}
