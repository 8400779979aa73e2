package org.vigie.deploy.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.vigie.job.config.ConfigException;
import org.vigie.job.config.VigieConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The job config as submitted to the local cluster: a copy in {@code jobs/} (the JobManager reads the file when the
 * job is submitted; later edits of the original do not change a running job), with {@code kafka.bootstrap: auto}
 * replaced by the local broker's address, {@code job.parallelism} by the requested one, and {@code job.checkpoint-dir},
 * when absent, set to the cluster's {@code state/checkpoints}. Validated with
 * {@link VigieConfig#parse} before anything is uploaded, so a bad key fails here, naming the key.
 */
final class ClusterJobConfig {

    /** The {@code kafka.bootstrap} value that stands for the local cluster's broker. */
    static final String AUTO = "auto";

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The prepared copy and the config it holds. */
    record Prepared(Path file, VigieConfig config, boolean localBroker) {
    }

    private ClusterJobConfig() {
    }

    static Prepared prepare(ClusterLayout layout, LocalBroker broker, Path source, Optional<Integer> parallelism) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(source));
        } catch (IOException e) {
            throw new ConfigException("(file)", "cannot read " + source + ": " + e.getMessage());
        }
        if (!(root instanceof ObjectNode top)) {
            throw new ConfigException("(file)", source + " is not a YAML mapping");
        }
        ObjectNode kafka = top.withObjectProperty("kafka");
        Optional<String> local = broker.bootstrapServers();
        if (AUTO.equals(kafka.path("bootstrap").asText())) {
            kafka.put("bootstrap", local.orElseThrow(() -> new ConfigException("kafka.bootstrap",
                    "is 'auto' but the local cluster has no broker: run `vigie cluster up`")));
        }
        parallelism.ifPresent(p -> top.withObjectProperty("job").put("parallelism", p));
        // The job sets its checkpoint storage itself, by default in java.io.tmpdir, which on the cluster is tmp/ of
        // the work dir, cleared at every up: keep the checkpoints beside the savepoints unless the config says.
        if (!top.path("job").hasNonNull("checkpoint-dir")) {
            top.withObjectProperty("job").put("checkpoint-dir", layout.checkpoints().toUri().toString());
        }
        String text;
        try {
            text = YAML.writeValueAsString(top);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the job config", e);
        }
        VigieConfig config = VigieConfig.parse(text);
        String base = source.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path copy = layout.jobs().resolve(base + "-" + LocalDateTime.now().format(STAMP) + ".yaml");
        try {
            Files.writeString(copy, "# Submitted from " + source.toAbsolutePath() + "\n" + text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + copy, e);
        }
        boolean isLocal = local.isPresent() && local.get().equals(config.kafka().bootstrap());
        return new Prepared(copy, config, isLocal);
    }
}
