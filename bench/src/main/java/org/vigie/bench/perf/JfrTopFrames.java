package org.vigie.bench.perf;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises a JFR recording's execution samples ({@code jdk.ExecutionSample}), as {@code jfr print --events
 * jdk.ExecutionSample} would list them, by thread (Flink names a task's thread after its operator chain, so this is
 * where the pipeline spends its time), by top frame (self time) and by method anywhere on the stack (total time).
 *
 * <pre>java -cp CP org.vigie.bench.perf.JfrTopFrames rec.jfr [top] [fromEpochMs toEpochMs] [threadSubstring]</pre>
 */
public final class JfrTopFrames {

    private final Map<String, Integer> byThread = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> total = new HashMap<>();
    private int samples;

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        long from = args.length > 3 ? Long.parseLong(args[2]) : Long.MIN_VALUE;
        long to = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        String thread = args.length > 4 ? args[4] : "";
        JfrTopFrames s = new JfrTopFrames();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            long at = e.getStartTime().toEpochMilli();
            if (e.getEventType().getName().equals("jdk.ExecutionSample") && at >= from && at <= to) {
                s.add(e, thread);
            }
        }
        System.out.printf("%d execution samples%s%n", s.samples, thread.isEmpty() ? "" : " on threads ~ " + thread);
        print("by thread (operator chain)", s.byThread, s.samples, top);
        print("top frames (self)", s.self, s.samples, top);
        print("methods on the stack (total)", s.total, s.samples, top);
    }

    private void add(RecordedEvent e, String threadFilter) {
        String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null || thread == null || !thread.contains(threadFilter)) {
            return;
        }
        samples++;
        byThread.merge(thread.replaceAll("#\\d+$", "").replaceAll("\\(\\d+/\\d+\\)", "(i/n)"), 1, Integer::sum);
        List<RecordedFrame> frames = stack.getFrames();
        if (!frames.isEmpty()) {
            self.merge(name(frames.get(0)), 1, Integer::sum);
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (seen.add(n)) {
                total.merge(n, 1, Integer::sum);
            }
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.printf("%n== %s%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("%6.1f%%  %7d  %s%n", 100.0 * en.getValue() / Math.max(1, samples),
                        en.getValue(), en.getKey()));
    }
}
