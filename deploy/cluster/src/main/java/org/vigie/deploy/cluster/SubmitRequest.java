package org.vigie.deploy.cluster;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run: the job's YAML config and how.
 *
 * @param config        the job's vigie.yaml; {@code kafka.bootstrap: auto} means the local cluster's broker
 * @param parallelism   replaces {@code job.parallelism} of the config when present
 * @param fromSavepoint a savepoint (or retained checkpoint) path to restore from
 * @param jar           the shaded job jar; {@link JobJar#locate()} when empty
 */
public record SubmitRequest(Path config, Optional<Integer> parallelism, Optional<String> fromSavepoint,
                            Optional<Path> jar) {

    public SubmitRequest {
        Objects.requireNonNull(config, "config");
        parallelism.ifPresent(p -> {
            if (p < 1) {
                throw new IllegalArgumentException("parallelism must be >= 1: " + p);
            }
        });
    }

    public static SubmitRequest of(Path config) {
        return new SubmitRequest(config, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SubmitRequest withParallelism(int p) {
        return new SubmitRequest(config, Optional.of(p), fromSavepoint, jar);
    }

    public SubmitRequest fromSavepoint(String path) {
        return new SubmitRequest(config, parallelism, Optional.of(path), jar);
    }

    public SubmitRequest withJar(Path j) {
        return new SubmitRequest(config, parallelism, fromSavepoint, Optional.of(j));
    }
}
