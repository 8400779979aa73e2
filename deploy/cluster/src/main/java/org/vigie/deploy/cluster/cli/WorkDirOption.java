package org.vigie.deploy.cluster.cli;

import org.vigie.deploy.cluster.ClusterLayout;
import org.vigie.deploy.cluster.LocalCluster;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --work-dir}: which local cluster a command acts on. */
public final class WorkDirOption {

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "The cluster's work dir (pids, ports, logs, state). Default: <vigie home>/.vigie/cluster")
    private Path workDir;

    LocalCluster cluster() {
        return new LocalCluster(workDir == null ? ClusterLayout.defaultLocation() : new ClusterLayout(workDir));
    }
}
