package org.blohub.hub.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
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
 *
 * <p>Ports handed out here are only remembered by this JVM. Where several JVMs pick ports at the same time (the
 * build's test JVMs), each takes them from a slice of the range of its own ({@link #SLICE_PROPERTY}).
 */
public final class FreeBrokerPorts {

    /** Which of {@value #SLICES} equal slices of the range this JVM picks from (1 to 10); the whole range if unset. */
    public static final String SLICE_PROPERTY = "blo.free-ports.slice";
    static final int SLICES = 10;

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
        Candidates candidates = Candidates.of(ephemeralRangeStart(),
                Optional.ofNullable(System.getProperty(SLICE_PROPERTY)));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(candidates.from(), candidates.to());
            if (!HANDED_OUT.contains(candidate) && bindable(candidate)) {
                HANDED_OUT.add(candidate);
                return candidate;
            }
        }
        throw new BrokerException("no free loopback port from " + candidates.from() + " to " + candidates.to()
                + " (exclusive) after " + ATTEMPTS + " attempts");
    }

    /** The ports to pick from: the range below the ephemeral ports, or one slice of it. */
    record Candidates(int from, int to) {

        static Candidates of(int ephemeralStart, Optional<String> slice) {
            if (slice.isEmpty() || slice.get().isBlank()) {
                return new Candidates(LOWEST_CANDIDATE, ephemeralStart);
            }
            int number = slice.map(String::trim).filter(value -> value.matches("\\d{1,2}")).map(Integer::parseInt)
                    .filter(value -> value >= 1 && value <= SLICES)
                    .orElseThrow(() -> new BrokerException(SLICE_PROPERTY + " is '" + slice.get()
                            + "'; set it to a number from 1 to " + SLICES + ", or leave it unset"));
            int width = (ephemeralStart - LOWEST_CANDIDATE) / SLICES;
            int from = LOWEST_CANDIDATE + (number - 1) * width;
            return new Candidates(from, from + width);
        }
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
