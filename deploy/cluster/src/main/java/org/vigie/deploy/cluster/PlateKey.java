package org.vigie.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The plate pseudonymisation key the TaskManagers get in {@value #ENV}, the job's default {@code key-env}.
 *
 * <p>Taken from the environment of the command that starts the TaskManager when it is set there; otherwise a random
 * key made once per work dir and kept in {@code plate.key} (owner-only), so pseudonyms stay stable across
 * {@code up}/{@code down} of one local cluster and never equal a production key.
 */
final class PlateKey {

    static final String ENV = "VIGIE_PLATE_KEY";

    private PlateKey() {
    }

    static Map<String, String> environment(ClusterLayout layout) {
        String fromEnv = System.getenv(ENV);
        return Map.of(ENV, fromEnv != null && !fromEnv.isBlank() ? fromEnv : local(layout.plateKeyFile()));
    }

    private static String local(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local plate key " + file, e);
        }
    }
}
