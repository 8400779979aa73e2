package org.vigie.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** The only address the local cluster binds, and free ports on it. */
final class Loopback {

    static final String ADDRESS = "127.0.0.1";

    private Loopback() {
    }

    /**
     * {@code count} distinct free ports. Flink needs its ports written in the config before it binds them, so port 0
     * cannot be used; a port taken in between makes that process fail to start, which {@code up} reports.
     */
    static int[] freePorts(int count) {
        Set<Integer> seen = new HashSet<>();
        int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            int p;
            do {
                p = freePort();
            } while (!seen.add(p));
            ports[i] = p;
        }
        return ports;
    }

    /** Whether {@code port} can be bound on the loopback address now. */
    static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(ADDRESS))) {
            return s.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(ADDRESS))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + ADDRESS, e);
        }
    }
}
