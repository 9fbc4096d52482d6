package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeBrokerStartIT {

    @TempDir
    Path directory;

    private TwoNodeNetwork network;

    @BeforeEach
    void createNetwork() {
        network = new TwoNodeNetwork(directory);
    }

    @AfterEach
    void stop() {
        network.close();
    }

    @Test
    void refusesToStartWhenItsTlsPortIsTakenAndSaysWhich() throws Exception {
        int port = network.laSettings.tlsPort();
        try (ServerSocket squatter = new ServerSocket(port, 1, InetAddress.getByName(TwoNodeNetwork.LOOPBACK))) {
            assertThatThrownBy(network.la::start)
                    .isInstanceOf(BrokerException.class)
                    .hasMessageContaining("node LA")
                    .hasMessageContaining(String.valueOf(port))
                    .hasMessageContaining("in use by another socket");
        }
        assertThat(network.la.isStarted()).isFalse();
        assertThat(network.la.health()).isEqualTo(new BrokerHealth("LA", false, java.util.List.of()));
    }

    @Test
    void runsTwoBrokersInOneJvmEachOnItsOwnInVmConnector() {
        network.th.start();
        network.la.start();

        assertThat(network.th.inVmUrl()).isNotEqualTo(network.la.inVmUrl());
        assertThat(network.th.health().started()).isTrue();
        assertThat(network.la.health().started()).isTrue();
    }
}
