package org.vigie.bench.perf;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap in use after full collections, and the JVM's class histogram of live objects (what {@code jcmd
 * GC.class_histogram} prints), read in-process.
 */
final class HeapProbe {

    private HeapProbe() {
    }

    /** Bytes of heap in use after three full collections (System.gc() is a full collection with G1). */
    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The first {@code rows} lines of the live-object class histogram (num, instances, bytes, class). */
    static List<String> histogram(int rows) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            String text = (String) server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (lines.size() >= rows + 2) {
                    break;
                }
                lines.add(line.strip());
            }
            return lines;
        } catch (Exception e) {
            return List.of("class histogram unavailable: " + e);
        }
    }
}
