package org.blohub.hub.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for brokers started in this JVM (the benchmark's and the tests'), chosen below
 * the kernel's ephemeral range.
 *
 * <p>A port handed out by {@code new ServerSocket(0)} lies inside the ephemeral range, so while the
 * node that will listen on it is still starting, a peer bridge retrying its connection can be given
 * that very port as its own source port (and on loopback even connect to itself). The broker then
 * fails to bind. Ports outside the range are never used as source ports.
 */
public final class FreeBrokerPorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LINUX_DEFAULT_EPHEMERAL_START = 32768;
    private static final int LOWEST_CANDIDATE = 20000;
    private static final int ATTEMPTS = 200;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreeBrokerPorts() {
    }

    /**
     * A port that is free on loopback now, outside the ephemeral range and not handed out before in this JVM.
     *
     * @throws BrokerException when none is found after a few hundred attempts
     */
    public static synchronized int next() {
        int ceiling = ephemeralRangeStart();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST_CANDIDATE, ceiling);
            if (!HANDED_OUT.contains(candidate) && bindable(candidate)) {
                HANDED_OUT.add(candidate);
                return candidate;
            }
        }
        throw new BrokerException("no free loopback port between " + LOWEST_CANDIDATE + " and " + ceiling
                + " after " + ATTEMPTS + " attempts");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    /** Read line by line: {@code Files.readString} returns only the first byte of a procfs file on JDK 17. */
    private static int ephemeralRangeStart() {
        try {
            int start = Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
            return start > LOWEST_CANDIDATE + 1000 ? start : LINUX_DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException unreadable) {
            return LINUX_DEFAULT_EPHEMERAL_START;
        }
    }
}
