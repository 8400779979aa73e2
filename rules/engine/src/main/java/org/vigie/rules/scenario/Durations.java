package org.vigie.rules.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scenario durations: {@code 0s}, {@code 90s}, {@code 2m}, {@code 1h}, {@code 250ms}, or combined: {@code 1m30s}. */
final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");
    private static final Pattern WHOLE = Pattern.compile("(\\d+(ms|s|m|h))+");

    private Durations() {
    }

    /** The duration in ms, or -1 if {@code text} is not a duration. */
    static long parse(String text) {
        String compact = text.replace(" ", "");
        if (!WHOLE.matcher(compact).matches()) {
            return -1;
        }
        long total = 0;
        Matcher m = PART.matcher(compact);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total += switch (m.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1000;
                case "m" -> n * 60_000;
                default -> n * 3_600_000;
            };
        }
        return total;
    }

    /** {@code ms} written back the same way, e.g. {@code 2m30s}; {@code 0s} for 0. */
    static String format(long ms) {
        if (ms == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder(ms < 0 ? "-" : "");
        long rest = Math.abs(ms);
        long[] units = {3_600_000, 60_000, 1000, 1};
        String[] names = {"h", "m", "s", "ms"};
        for (int i = 0; i < units.length; i++) {
            if (rest >= units[i]) {
                text.append(rest / units[i]).append(names[i]);
                rest %= units[i];
            }
        }
        return text.toString();
    }
}
