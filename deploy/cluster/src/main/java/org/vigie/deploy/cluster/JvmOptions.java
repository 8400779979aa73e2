package org.vigie.deploy.cluster;

import java.nio.file.Path;
import java.util.List;

/** JVM options every process of the local cluster gets. */
final class JvmOptions {

    /**
     * The module opens Flink's own scripts pass through env.java.opts.all: Flink (Kryo, Pekko, Netty) reflects into
     * the JDK. Also given to BashJavaUtils and written to config.yaml for reference.
     */
    static final List<String> OPENS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED", "--add-opens=java.base/java.math=ALL-UNNAMED");

    private JvmOptions() {
    }

    /** The java launcher of this JVM: the cluster runs on the same Java as the command that starts it. */
    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
