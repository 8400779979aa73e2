package org.vigie.bench.perf;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** p50, p99, p99.9 and max of a sample of durations, in milliseconds (nearest-rank percentiles). */
record Percentiles(long count, double p50, double p99, double p999, double max, double mean) {

    static Percentiles ofNanos(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Percentiles(0, 0, 0, 0, 0, 0);
        }
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Percentiles(v.length, ms(rank(v, 0.50)), ms(rank(v, 0.99)), ms(rank(v, 0.999)),
                ms(v[v.length - 1]), ms((long) Arrays.stream(v).average().orElse(0)));
    }

    private static long rank(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return Figures.round(nanos / 1e6);
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("p50_ms", p50);
        m.put("p99_ms", p99);
        m.put("p999_ms", p999);
        m.put("max_ms", max);
        m.put("mean_ms", mean);
        return m;
    }
}
