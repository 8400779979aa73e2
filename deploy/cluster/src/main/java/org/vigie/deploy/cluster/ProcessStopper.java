package org.vigie.deploy.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops recorded cluster processes: SIGTERM, then SIGKILL for those still alive after a grace period. */
final class ProcessStopper {

    /** What happened to one process. */
    enum Outcome { NOT_RUNNING, TERMINATED, KILLED }

    record Stopped(String name, long pid, Outcome outcome) {
    }

    private ProcessStopper() {
    }

    /** Stops all of {@code processes} together (not one after the other), each within {@code grace}. */
    static List<Stopped> stop(ClusterLayout layout, List<ClusterProcess> processes, Duration grace) {
        List<CompletableFuture<Stopped>> all = new ArrayList<>();
        for (ClusterProcess p : processes) {
            Optional<ProcessHandle> h = p.handle(layout);
            if (h.isEmpty()) {
                all.add(CompletableFuture.completedFuture(new Stopped(p.name(), p.pid(), Outcome.NOT_RUNNING)));
                continue;
            }
            ProcessHandle handle = h.get();
            handle.destroy();
            all.add(handle.onExit().thenApply(x -> new Stopped(p.name(), p.pid(), Outcome.TERMINATED))
                    .completeOnTimeout(null, grace.toMillis(), TimeUnit.MILLISECONDS)
                    .thenApply(s -> s != null ? s : kill(p, handle)));
        }
        List<Stopped> out = new ArrayList<>();
        for (CompletableFuture<Stopped> f : all) {
            out.add(f.join());
        }
        return out;
    }

    private static Stopped kill(ClusterProcess p, ProcessHandle handle) {
        handle.destroyForcibly();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(p.name() + " (pid " + p.pid() + ") survived SIGKILL", e);
        }
        return new Stopped(p.name(), p.pid(), Outcome.KILLED);
    }
}
