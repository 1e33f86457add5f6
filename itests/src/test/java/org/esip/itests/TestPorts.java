package org.esip.itests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a distribution the tests start, chosen below the system's ephemeral range.
 *
 * <p>
 * A port the kernel hands out for {@code new ServerSocket(0)} lies in the ephemeral range, and is free only until it is
 * closed: while the distribution boots (a minute on a loaded machine) the same kernel may give that port to any
 * outgoing connection or anonymous listener (the container's JDBC and RMI connections among them), and the HTTP service
 * then never listens. A CI run lost a whole suite that way. A port below that range is never handed out by the kernel,
 * so only a program naming it could take it.
 */
final class TestPorts {
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private TestPorts() {
    }

    /** A port nobody listens on now, below the ephemeral range, not given before by this JVM. */
    static int free() {
        int below = ephemeralLow();
        int low = Math.max(10_000, below - 12_000);
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(low, below);
            if (GIVEN.contains(port) || !bindable(port)) {
                continue;
            }
            if (GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + low + " and " + below);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /** The first port of Linux's ephemeral range ({@code net.ipv4.ip_local_port_range}); 32768 elsewhere. */
    private static int ephemeralLow() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            if (Files.isReadable(range)) {
                int low = Integer.parseInt(Files.readString(range, StandardCharsets.US_ASCII).trim().split("\\s+")[0]);
                if (low > 11_000) {
                    return low;
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            // fall through to the usual default
        }
        return 32_768;
    }
}
