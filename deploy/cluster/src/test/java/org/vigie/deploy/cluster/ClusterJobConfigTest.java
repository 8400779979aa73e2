package org.vigie.deploy.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.job.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How submit prepares the job's config: 'auto' bootstrap, parallelism override, validation before upload. */
class ClusterJobConfigTest {

    @TempDir
    Path dir;

    private ClusterLayout layoutWithBroker(String bootstrap) throws IOException {
        ClusterLayout layout = new ClusterLayout(dir.resolve("work")).create();
        Files.writeString(layout.bootstrapFile(), bootstrap);
        return layout;
    }

    private Path config(String yaml) throws IOException {
        return Files.writeString(dir.resolve("vigie.yaml"), yaml);
    }

    @Test
    void autoBecomesTheLocalBrokerAndParallelismIsReplaced() throws IOException {
        ClusterLayout layout = layoutWithBroker("127.0.0.1:41234");
        Path source = config("kafka: {bootstrap: auto}\njob: {parallelism: 1}\n"
                + "pseudonymization: {key-id: t-1, key-env: VIGIE_PLATE_KEY}\n");
        var prepared = ClusterJobConfig.prepare(layout, new LocalBroker(layout), source, Optional.of(2));
        assertEquals("127.0.0.1:41234", prepared.config().kafka().bootstrap());
        assertEquals(2, prepared.config().job().parallelism());
        assertTrue(prepared.localBroker());
        assertTrue(prepared.file().startsWith(layout.jobs()));
        assertTrue(Files.readString(prepared.file()).contains("127.0.0.1:41234"));
        assertEquals(layout.checkpoints().toUri().toString(), prepared.config().job().checkpointDir(),
                "checkpoints beside the savepoints, not in tmp/ (cleared at every up)");
    }

    @Test
    void anExplicitCheckpointDirIsKept() throws IOException {
        ClusterLayout layout = layoutWithBroker("127.0.0.1:41234");
        Path source = config("kafka: {bootstrap: auto}\njob: {checkpoint-dir: 'file:///data/cp'}\n"
                + "pseudonymization: {key-id: t-1, key-env: VIGIE_PLATE_KEY}\n");
        var prepared = ClusterJobConfig.prepare(layout, new LocalBroker(layout), source, Optional.empty());
        assertEquals("file:///data/cp", prepared.config().job().checkpointDir());
    }

    @Test
    void anExplicitBootstrapIsKept() throws IOException {
        ClusterLayout layout = layoutWithBroker("127.0.0.1:41234");
        Path source = config("kafka: {bootstrap: 'kafka.example:9093'}\n"
                + "pseudonymization: {key-id: t-1, key-env: VIGIE_PLATE_KEY}\n");
        var prepared = ClusterJobConfig.prepare(layout, new LocalBroker(layout), source, Optional.empty());
        assertEquals("kafka.example:9093", prepared.config().kafka().bootstrap());
        assertFalse(prepared.localBroker());
    }

    @Test
    void aBadKeyFailsBeforeAnythingIsUploadedNamingTheKey() throws IOException {
        ClusterLayout layout = layoutWithBroker("127.0.0.1:41234");
        Path source = config("kafka: {bootstrap: auto}\njob: {paralelism: 2}\n"
                + "pseudonymization: {key-id: t-1, key-env: VIGIE_PLATE_KEY}\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ClusterJobConfig.prepare(layout, new LocalBroker(layout), source, Optional.empty()));
        assertTrue(e.getMessage().contains("paralelism"), e.getMessage());
    }

    @Test
    void autoWithoutABrokerSaysToStartTheCluster() throws IOException {
        ClusterLayout layout = new ClusterLayout(dir.resolve("empty")).create();
        Path source = config("kafka: {bootstrap: auto}\npseudonymization: {key-id: t-1, key-env: VIGIE_PLATE_KEY}\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ClusterJobConfig.prepare(layout, new LocalBroker(layout), source, Optional.empty()));
        assertTrue(e.getMessage().contains("cluster up"), e.getMessage());
    }

    @Test
    void theShippedLocalClusterConfigIsValid() throws IOException {
        ClusterLayout layout = layoutWithBroker("127.0.0.1:41234");
        Path shipped = Path.of(System.getProperty("vigie.home", "../.."), "deploy/local/cluster/vigie.yaml");
        var prepared = ClusterJobConfig.prepare(layout, new LocalBroker(layout), shipped, Optional.empty());
        assertEquals("VIGIE_PLATE_KEY", prepared.config().pseudonymization().keyEnv());
    }

    @Test
    void theShippedLocalConfigTargetsTheBrokerThatClusterUpStartsOnItsDefaultPort() throws IOException {
        ClusterLayout layout = layoutWithBroker("127.0.0.1:" + ClusterSettings.KAFKA_PORT);
        Path shipped = Path.of(System.getProperty("vigie.home", "../.."), "deploy/local/vigie.yaml");
        var prepared = ClusterJobConfig.prepare(layout, new LocalBroker(layout), shipped, Optional.empty());
        assertTrue(prepared.localBroker(), "submit creates its topics on the local broker");
    }
}
