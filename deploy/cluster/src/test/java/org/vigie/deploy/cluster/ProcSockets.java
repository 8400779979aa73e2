package org.vigie.deploy.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The TCP sockets a process listens on, from Linux's /proc: what the cluster test checks is loopback only. */
final class ProcSockets {

    private static final String LISTEN = "0A";

    private ProcSockets() {
    }

    static List<InetSocketAddress> listening(long pid) {
        Path proc = Path.of("/proc", String.valueOf(pid));
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // The descriptor closed while listing: not a listener any more.
                }
            }
            List<InetSocketAddress> out = new ArrayList<>();
            for (String table : List.of("tcp", "tcp6")) {
                for (String line : Files.readAllLines(proc.resolve("net").resolve(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && LISTEN.equals(f[3]) && inodes.contains(f[9])) {
                        out.add(address(f[1]));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sockets of pid " + pid, e);
        }
    }

    /** {@code 0100007F:1F90}: the address in 32-bit little-endian words, then the port, all hex. */
    private static InetSocketAddress address(String field) {
        String[] parts = field.split(":");
        String hex = parts[0];
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(field, e);
        }
    }
}
