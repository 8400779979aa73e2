package org.vigie.rules;

import java.util.List;
import java.util.Map;

/**
 * The horizon of a rule (see {@link org.vigie.correlate.CompiledRule#horizonMillis()}): twice the longest time period
 * its EPL writes ({@code timer:within(10 min)}, {@code #time(15 min)}, {@code 1 hour 30 minutes}).
 */
final class Horizons {

    private static final long SECOND = 1000L;
    private static final long DAY = 86_400_000L;
    private static final Map<String, Long> UNIT_MILLIS = Map.ofEntries(
            Map.entry("msec", 1L), Map.entry("millisecond", 1L), Map.entry("milliseconds", 1L),
            Map.entry("sec", SECOND), Map.entry("second", SECOND), Map.entry("seconds", SECOND),
            Map.entry("min", 60 * SECOND), Map.entry("minute", 60 * SECOND), Map.entry("minutes", 60 * SECOND),
            Map.entry("hour", 3600 * SECOND), Map.entry("hours", 3600 * SECOND),
            Map.entry("day", DAY), Map.entry("days", DAY), Map.entry("week", 7 * DAY), Map.entry("weeks", 7 * DAY),
            Map.entry("month", 30 * DAY), Map.entry("months", 30 * DAY),
            Map.entry("year", 365 * DAY), Map.entry("years", 365 * DAY));

    private Horizons() {
    }

    /** Twice the longest time period in {@code tokens}, in ms; 0 if the EPL names none. */
    static long of(List<EplToken> tokens) {
        return 2 * longestPeriod(tokens);
    }

    /** The longest time period in {@code tokens}, in ms; 0 if the EPL names none. */
    static long longestPeriod(List<EplToken> tokens) {
        long longest = 0;
        int i = 0;
        while (i < tokens.size()) {
            long period = 0;
            // Consecutive "number unit" pairs form one period: 1 hour 30 minutes.
            while (i + 1 < tokens.size() && tokens.get(i).kind() == EplToken.Kind.NUMBER
                    && UNIT_MILLIS.containsKey(tokens.get(i + 1).lower())) {
                period += Math.round(parse(tokens.get(i).text()) * UNIT_MILLIS.get(tokens.get(i + 1).lower()));
                i += 2;
            }
            longest = Math.max(longest, period);
            if (period == 0) {
                i++;
            }
        }
        return longest;
    }

    private static double parse(String number) {
        String digits = number.replaceAll("[lLdDfF]$", "");
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
