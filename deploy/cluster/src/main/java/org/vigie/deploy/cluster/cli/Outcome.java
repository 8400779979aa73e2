package org.vigie.deploy.cluster.cli;

import org.vigie.job.config.ConfigException;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** Runs a command body: an expected failure becomes one line on stderr and exit code 1, not a stack trace. */
final class Outcome {

    private Outcome() {
    }

    static int of(Callable<Integer> body) {
        try {
            return body.call();
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException | ConfigException e) {
            System.err.println("vigie: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
