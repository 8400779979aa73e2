package org.vigie.deploy.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The TCP sockets a process is listening on (this JVM, or another by pid), read from Linux's {@code /proc}: a way
 * for a test to prove that a service binds loopback only, whatever its configuration claims.
 */
public final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Whether {@code /proc} can answer (Linux). */
    public static boolean supported() {
        return Files.isReadable(Path.of("/proc/self/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** Local addresses of every TCP socket of this process in LISTEN state. */
    public static List<InetSocketAddress> ofThisProcess() {
        return of(Path.of("/proc/self"));
    }

    /** Local addresses of every TCP socket of process {@code pid} in LISTEN state. */
    public static List<InetSocketAddress> ofProcess(long pid) {
        return of(Path.of("/proc", String.valueOf(pid)));
    }

    private static List<InetSocketAddress> of(Path proc) {
        Set<String> inodes = socketInodes(proc.resolve("fd"));
        List<InetSocketAddress> out = new ArrayList<>();
        out.addAll(read(proc.resolve("net/tcp"), inodes));
        out.addAll(read(proc.resolve("net/tcp6"), inodes));
        return out;
    }

    /** The listening sockets of this process bound to anything but a loopback address (0.0.0.0 included). */
    public static List<InetSocketAddress> nonLoopback() {
        return ofThisProcess().stream().filter(a -> !a.getAddress().isLoopbackAddress()).toList();
    }

    private static Set<String> socketInodes(Path fdDir) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(fdDir)) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // The descriptor closed while we listed: not a listener we need to see.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fdDir, e);
        }
        return inodes;
    }

    private static List<InetSocketAddress> read(Path table, Set<String> inodes) {
        if (!Files.isReadable(table)) {
            return List.of();
        }
        List<InetSocketAddress> out = new ArrayList<>();
        try {
            // Columns: sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
            List<String> lines = Files.readAllLines(table);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && LISTEN.equals(f[3]) && inodes.contains(f[9])) {
                    out.add(parse(f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table, e);
        }
        return out;
    }

    /** {@code HEXADDR:HEXPORT}, the address as 32-bit words in host (little-endian) order. */
    static InetSocketAddress parse(String hex) {
        String[] parts = hex.split(":");
        String addr = parts[0];
        byte[] bytes = new byte[addr.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(addr.substring(at, at + 2), 16);
            }
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address " + hex, e);
        }
    }
}
