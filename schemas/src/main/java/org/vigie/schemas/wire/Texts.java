package org.vigie.schemas.wire;

/** Helpers for quoting producer-supplied text inside a dead-letter reason. */
final class Texts {

    private static final int MAX_QUOTED = 40;

    private Texts() {
    }

    /** The text cut to a length that keeps a reason short, whatever the producer sent. */
    static String clip(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
    }
}
