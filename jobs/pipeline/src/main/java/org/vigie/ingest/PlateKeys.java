package org.vigie.ingest;

import org.vigie.job.config.ConfigException;
import org.vigie.job.config.VigieConfig;

/** Resolves the configured plate key where the job runs, so a key given by environment never travels in the job. */
public final class PlateKeys {

    private PlateKeys() {
    }

    public static PlatePseudonymizer pseudonymizer(VigieConfig.Pseudonymization p) {
        String key = p.key();
        if (key == null) {
            key = System.getenv(p.keyEnv());
            if (key == null || key.isBlank()) {
                throw new ConfigException("pseudonymization.key-env",
                        "environment variable " + p.keyEnv() + " is not set where the job runs");
            }
        }
        return PlatePseudonymizer.fromText(p.keyId(), key);
    }
}
