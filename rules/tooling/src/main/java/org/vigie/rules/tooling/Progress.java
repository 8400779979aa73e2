package org.vigie.rules.tooling;

import java.io.PrintWriter;

/**
 * A one-line progress display on the error stream, redrawn in place ({@code \r}) at most every
 * {@value #REDRAW_MS} ms: a bar and percentage when the total is known, a count otherwise, and the rate.
 */
final class Progress {

    static final long REDRAW_MS = 200;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw = started;
    private long calls;

    /** @param total how many items there will be, or 0 if unknown */
    Progress(PrintWriter err, String label, long total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
    }

    static Progress off() {
        return new Progress(null, "", 0, false);
    }

    /** Redraws if the last draw is old enough; cheap to call per item. */
    void update(long done) {
        if (!enabled || (++calls & 255) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_MS * 1_000_000) {
            lastDraw = now;
            draw(done, now);
        }
    }

    /** Draws the final state and ends the line. */
    void finish(long done) {
        if (enabled) {
            draw(done, System.nanoTime());
            err.println();
            err.flush();
        }
    }

    private void draw(long done, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        StringBuilder line = new StringBuilder("\r").append(label).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(BAR, done * BAR / total);
            line.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                    .append(String.format("%3d%% ", done * 100 / total)).append(done).append('/').append(total);
        } else {
            line.append(done);
        }
        line.append(" events  ").append(Math.round(done / seconds)).append(" events/s");
        err.print(line);
        err.flush();
    }
}
