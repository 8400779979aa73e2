package org.vigie.simulator;

import org.vigie.events.SourceKind;

/** Event ids {@code <kind-prefix>-<seq>}: cd (camera detection), do (dumping observation), te, cr; seq from 1. */
final class Ids {

    private final long[] next = new long[SourceKind.values().length];
    private long tracks;

    String next(SourceKind kind) {
        long seq = ++next[kind.ordinal()];
        return prefix(kind) + "-" + pad(seq, 8);
    }

    String nextTrack() {
        return "trk-" + (++tracks);
    }

    static String prefix(SourceKind kind) {
        return switch (kind) {
            case CAMERA -> "cd";
            case DUMPING_SENSOR -> "do";
            case TRAFFIC -> "te";
            case CITIZEN_REPORT -> "cr";
        };
    }

    private static String pad(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
