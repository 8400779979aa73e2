package org.vigie.alerts.cap;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CAP date-times: whole seconds and a numeric offset; the schema's pattern refuses 'Z' and fractions. */
final class CapTimes {

    private static final DateTimeFormatter CAP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private CapTimes() {
    }

    /** {@code 2025-03-14T09:26:53+00:00}; milliseconds are truncated. */
    static String format(long epochMillis) {
        return CAP.format(Instant.ofEpochMilli(epochMillis));
    }
}
