package org.vigie.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measures in-memory generation speed on a large city; the bound is loose, the printed figure is the point. */
class SimulatorThroughputTest {

    @Test
    void generatesHundredsOfThousandsOfEventsPerSecond() {
        CityConfig city = CityConfig.sample(9).withDevices(2_000, 500, 800, 20)
                .withTime(CityConfig.DEFAULT_START, Duration.ofHours(1)).withIncidentRates(20, 20);
        new CitySimulator(city.withTime(city.startMillis(), Duration.ofMinutes(15))).stream().count();
        long t0 = System.nanoTime();
        long n = new CitySimulator(city).stream().count();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("simulator: %d records in %.2f s = %.0f records/s%n", n, seconds, n / seconds);
        assertTrue(n / seconds > 50_000, "too slow: " + n / seconds + " records/s");
    }
}
