package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreeBrokerPortsTest {

    @Test
    void handsOutDistinctPortsBelowTheEphemeralRangeThatABrokerCanBind() throws IOException {
        int ephemeralStart = Integer.parseInt(
                Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim()
                        .split("\\s+")[0]);
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ports.add(FreeBrokerPorts.next());
        }

        assertThat(ports).hasSize(20).allSatisfy(port -> assertThat(port).isBetween(20000, ephemeralStart - 1));
        int port = ports.iterator().next();
        try (ServerSocket broker = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(broker.getLocalPort()).isEqualTo(port);
        }
    }
}
