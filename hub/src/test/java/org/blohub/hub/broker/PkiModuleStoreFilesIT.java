package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker reads key and trust stores written by the crypto module's Pkcs12Files and TrustStoreFiles. */
class PkiModuleStoreFilesIT {

    @TempDir
    Path directory;

    private TwoNodeNetwork network;

    @BeforeEach
    void startBothNodes() {
        network = new TwoNodeNetwork(directory, TlsStoreFiles.PKI_MODULE);
        network.la.start();
        network.th.start();
    }

    @AfterEach
    void stopBothNodes() {
        network.close();
    }

    @Test
    void bridgesOverMutualTlsWithStoresWrittenByThePkiModule() throws Exception {
        try (ApplicationClient thailand = new ApplicationClient(network.th);
                ApplicationClient laos = new ApplicationClient(network.la)) {
            ClientMessage message = thailand.newMessage();
            message.putStringProperty("bloMessageId", "01JD0000000000000000000060");
            thailand.send(BrokerAddresses.outboundTo("LA"), message);

            ClientMessage received = laos.receive(BrokerAddresses.INBOUND, Duration.ofSeconds(60)).orElseThrow();

            assertThat(received.getStringProperty("bloMessageId")).isEqualTo("01JD0000000000000000000060");
            assertThat(received.getValidatedUserID()).isEqualTo("TH");
        }
    }
}
