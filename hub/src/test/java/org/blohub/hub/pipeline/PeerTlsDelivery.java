package org.blohub.hub.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.BrokerEndpoint;

/**
 * Delivers one message straight to a node's {@code blo.inbound} over mutual TLS 1.3 with the TLS key store
 * of a chosen node, as that node's bridge would, but with clear properties the test chooses. It logs in with
 * the user name {@code TH} whatever its certificate: only the certificate may decide who it is.
 */
final class PeerTlsDelivery {

    private final Path keyStore;
    private final Path trustStore;
    private final String password;

    /** @param material the demo material directory holding {@code keys/<node>/tls.p12} of {@code asNode} */
    PeerTlsDelivery(Path material, String asNode) throws IOException {
        NodeMaterial keys = new NodeMaterial(material, asNode);
        this.keyStore = keys.tlsKeyStore();
        this.trustStore = keys.trustStore();
        this.password = Files.readString(keys.password(), StandardCharsets.UTF_8).strip();
    }

    void deliver(BrokerEndpoint receiver, byte[] envelope, Map<String, String> properties) throws Exception {
        send(receiver, envelope, message -> properties.forEach(message::putStringProperty));
    }

    /** Delivers an attachment part as a node's part dispatcher would: id, kind and an integer index. */
    void deliverPart(BrokerEndpoint receiver, byte[] sealedPart, String messageId, int index) throws Exception {
        send(receiver, sealedPart, message -> {
            message.putStringProperty(BloHeaders.MESSAGE_ID, messageId);
            message.putStringProperty(BloHeaders.KIND, BloHeaders.ATTACHMENT_KIND);
            message.putIntProperty(BloHeaders.PART_INDEX, index);
        });
    }

    private void send(BrokerEndpoint receiver, byte[] body, Consumer<ClientMessage> properties) throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocatorWithoutHA(connector(receiver));
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession session = factory.createSession("TH", null, false, true, true, false, 0);
                ClientProducer producer = session.createProducer(BrokerAddresses.INBOUND)) {
            ClientMessage message = session.createMessage(Message.BYTES_TYPE, true);
            message.getBodyBuffer().writeBytes(body);
            message.putIntProperty(BloHeaders.PROTOCOL, BloHeaders.PROTOCOL_VERSION);
            properties.accept(message);
            producer.send(message);
        }
    }

    private TransportConfiguration connector(BrokerEndpoint receiver) {
        Map<String, Object> params = new HashMap<>();
        params.put(TransportConstants.HOST_PROP_NAME, receiver.host());
        params.put(TransportConstants.PORT_PROP_NAME, receiver.port());
        params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
        params.put(TransportConstants.ENABLED_PROTOCOLS_PROP_NAME, "TLSv1.3");
        params.put(TransportConstants.VERIFY_HOST_PROP_NAME, true);
        params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, keyStore.toString());
        params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, password);
        params.put(TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, "PKCS12");
        params.put(TransportConstants.TRUSTSTORE_PATH_PROP_NAME, trustStore.toString());
        params.put(TransportConstants.TRUSTSTORE_PASSWORD_PROP_NAME, password);
        return new TransportConfiguration(NettyConnectorFactory.class.getName(), params);
    }
}
