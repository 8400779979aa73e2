package org.vigie.bench.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's 1-minute load average, read from /proc: figures measured on a busy machine must say so. */
final class LoadAverage {

    private LoadAverage() {
    }

    /** The 1-minute load average, or -1 where /proc/loadavg cannot be read. */
    static double oneMinute() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
