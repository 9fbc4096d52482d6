package org.blohub.hub.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for the benchmark's brokers, below the kernel's ephemeral range: a port in that
 * range could be taken as the source port of a peer bridge retrying its connection while the broker
 * that should listen on it is still starting.
 */
final class FreeLoopbackPorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int DEFAULT_EPHEMERAL_START = 32768;
    private static final int LOWEST = 20000;
    private static final int ATTEMPTS = 200;

    private final Set<Integer> handedOut = new HashSet<>();

    synchronized int next() {
        int ceiling = ephemeralRangeStart();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, ceiling);
            if (!handedOut.contains(candidate) && bindable(candidate)) {
                handedOut.add(candidate);
                return candidate;
            }
        }
        throw new BenchException("no free loopback port between " + LOWEST + " and " + ceiling);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static int ephemeralRangeStart() {
        try {
            int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
            return start > LOWEST + 1000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | NumberFormatException unreadable) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
