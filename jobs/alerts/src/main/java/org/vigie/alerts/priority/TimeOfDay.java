package org.vigie.alerts.priority;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Time-of-day weight: the hour of the alert's event time in {@code timeZone} picks the first matching range; no
 * match is x1.00. Event time, never the wall clock, so a replay scores the same.
 *
 * @param timeZone the city's time zone (default Europe/Paris)
 * @param ranges   hour ranges and their weights (default 22h-6h x1.20: fewer witnesses, slower response at night)
 */
public record TimeOfDay(ZoneId timeZone, List<HourRange> ranges) implements Serializable {

    public TimeOfDay {
        ranges = List.copyOf(ranges);
    }

    public static TimeOfDay defaults() {
        return new TimeOfDay(ZoneId.of("Europe/Paris"), List.of(new HourRange(22, 6, 1.2)));
    }

    Reason weigh(long eventTime) {
        int hour = Instant.ofEpochMilli(eventTime).atZone(timeZone).getHour();
        for (HourRange r : ranges) {
            if (r.contains(hour)) {
                return new Reason("time-of-day", r.weight(), String.format(Locale.ROOT,
                        "time of day %02dh %s, in %02dh-%02dh: x%.2f", hour, timeZone, r.fromHour(), r.toHour(),
                        r.weight()));
            }
        }
        return new Reason("time-of-day", 1.0,
                String.format(Locale.ROOT, "time of day %02dh %s: x1.00", hour, timeZone));
    }

    /**
     * Hours {@code fromHour} (inclusive) to {@code toHour} (exclusive), 0..24; a range may wrap past midnight
     * ({@code 22, 6} is 22h to 6h).
     */
    public record HourRange(int fromHour, int toHour, double weight) implements Serializable {

        public HourRange {
            if (fromHour < 0 || fromHour > 23 || toHour < 0 || toHour > 24 || fromHour == toHour) {
                throw new IllegalArgumentException("hour range " + fromHour + "-" + toHour
                        + ": hours must be 0..24 and differ");
            }
            if (!(weight > 0)) {
                throw new IllegalArgumentException("hour range weight must be > 0");
            }
        }

        boolean contains(int hour) {
            return fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
        }
    }
}
