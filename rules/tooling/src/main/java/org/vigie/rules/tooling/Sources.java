package org.vigie.rules.tooling;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the PATH arguments of a command, reporting an unreadable one on the error stream. */
final class Sources {

    /** Exit code of a command given a PATH it cannot read (picocli's code for usage errors). */
    static final int USAGE = 2;

    private Sources() {
    }

    /** The sources, or {@code null} after printing why one could not be read. */
    static List<RuleSource> read(List<String> paths, String command, PrintWriter err) {
        List<RuleSource> sources = new ArrayList<>();
        for (String path : paths) {
            try {
                sources.add(RuleSource.read(path));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                err.println("vigie rules " + command + ": " + e.getMessage());
                return null;
            }
        }
        return sources;
    }
}
