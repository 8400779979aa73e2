package org.vigie.schemas.wire;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 renderings of event times. */
final class Times {

    /** CAP 1.2 forbids 'Z': UTC is written as +00:00 (pattern 'xxx'). Milliseconds keep the rendering lossless. */
    private static final DateTimeFormatter ISO_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code 2025-03-14T09:26:53.589+00:00}. */
    static String iso(long epochMillis) {
        return ISO_UTC.format(Instant.ofEpochMilli(epochMillis));
    }

    /**
     * Epoch ms of an ISO-8601 date-time that carries an offset ({@code Z} or {@code +01:00}).
     *
     * @throws DecodeException naming {@code field} if the text has no offset or is not a date-time
     */
    static long parseIso(String field, String text) throws DecodeException {
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new DecodeException("field '" + field + "' is not epoch milliseconds or an ISO-8601 date-time "
                    + "with offset: '" + Texts.clip(text) + "'");
        }
    }
}
