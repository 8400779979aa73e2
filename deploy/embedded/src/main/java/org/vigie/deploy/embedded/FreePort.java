package org.vigie.deploy.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks a free loopback port. The KRaft quorum voter string needs the controller port before the server binds it,
 * so port 0 cannot be used; the small race with another process is handled by retrying the whole start.
 */
final class FreePort {

    private FreePort() {
    }

    static int pick() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(BrokerConfig.LOOPBACK))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + BrokerConfig.LOOPBACK, e);
        }
    }
}
