package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
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

    @Test
    void eachJvmNumberedByTheBuildPicksFromASliceOfTheRangeThatNoOtherNumberShares() {
        FreeBrokerPorts.Candidates first = FreeBrokerPorts.Candidates.of(32768, Optional.of("1"));
        FreeBrokerPorts.Candidates second = FreeBrokerPorts.Candidates.of(32768, Optional.of(" 2 "));
        FreeBrokerPorts.Candidates last = FreeBrokerPorts.Candidates.of(32768, Optional.of("10"));

        assertThat(first).isEqualTo(new FreeBrokerPorts.Candidates(20000, 21276));
        assertThat(second).isEqualTo(new FreeBrokerPorts.Candidates(21276, 22552));
        assertThat(last.to()).isLessThanOrEqualTo(32768);
        assertThat(FreeBrokerPorts.Candidates.of(32768, Optional.empty()))
                .isEqualTo(new FreeBrokerPorts.Candidates(20000, 32768));
    }

    @Test
    void refusesASliceNumberOutsideOneToTenNamingTheProperty() {
        for (String slice : new String[] {"0", "11", "fork-2"}) {
            assertThatThrownBy(() -> FreeBrokerPorts.Candidates.of(32768, Optional.of(slice)))
                    .isInstanceOf(BrokerException.class)
                    .hasMessageContaining("blo.free-ports.slice is '" + slice + "'");
        }
    }
}
