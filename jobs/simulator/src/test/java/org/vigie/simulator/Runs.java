package org.vigie.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Shared fixtures: configurations and a run collected into lists. */
final class Runs {

    record Collected(List<SimRecord> records, List<SimEvent> events, List<GroundTruth> truths) {
    }

    private Runs() {
    }

    /** A few hundred devices over a few hours, incidents often enough to test many. */
    static CityConfig busy(long seed, Duration span) {
        return CityConfig.sample(seed).withDevices(200, 80, 100, 6).withTime(CityConfig.DEFAULT_START, span)
                .withIncidentRates(6, 6);
    }

    /** {@link #busy} with every other incident type too, two an hour each. */
    static CityConfig everything(long seed, Duration span) {
        return busy(seed, span).withIncidentMix(IncidentMix.each(2));
    }

    static Collected collect(CitySimulator sim) {
        List<SimRecord> all = new ArrayList<>();
        List<SimEvent> events = new ArrayList<>();
        List<GroundTruth> truths = new ArrayList<>();
        for (SimRecord r : sim) {
            all.add(r);
            if (r instanceof SimEvent e) {
                events.add(e);
            } else {
                truths.add((GroundTruth) r);
            }
        }
        return new Collected(all, events, truths);
    }
}
