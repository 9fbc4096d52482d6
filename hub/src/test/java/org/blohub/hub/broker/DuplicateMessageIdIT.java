package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duplicate-id cache: a message sent twice with the same id is stored once, even across a restart. */
class DuplicateMessageIdIT {

    private static final String TO_LA = BrokerAddresses.outboundTo("LA");

    @TempDir
    Path directory;

    private TwoNodeNetwork network;

    @BeforeEach
    void startThailandOnly() {
        network = new TwoNodeNetwork(directory);
        network.th.start();
    }

    @AfterEach
    void stop() {
        network.close();
    }

    @Test
    void storesAMessageSentTwiceWithTheSameDuplicateIdOnceEvenAfterARestart() throws Exception {
        sendWithDuplicateId("01JD0000000000000000000050");
        sendWithDuplicateId("01JD0000000000000000000050");
        sendWithDuplicateId("01JD0000000000000000000051");
        assertThat(network.th.health().links()).containsExactly(new PeerLinkHealth("LA", false, 2));

        network.th.stop();
        network.th.start();
        sendWithDuplicateId("01JD0000000000000000000050");

        assertThat(network.th.health().links()).containsExactly(new PeerLinkHealth("LA", false, 2));
    }

    private void sendWithDuplicateId(String messageId) throws Exception {
        try (ApplicationClient thailand = new ApplicationClient(network.th)) {
            ClientMessage message = thailand.newMessage();
            message.putStringProperty(Message.HDR_DUPLICATE_DETECTION_ID.toString(), messageId);
            thailand.send(TO_LA, message);
        }
    }
}
