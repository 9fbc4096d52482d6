package org.blohub.hub.broker;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/** Connects to a node's peer TLS acceptor the way another node's bridge does, with a chosen client certificate. */
final class PeerTlsClient implements AutoCloseable {

    private final ServerLocator locator;

    PeerTlsClient(String host, int port, Pkcs12Store keyStore, Pkcs12Store trustStore) {
        this.locator = ActiveMQClient.createServerLocatorWithoutHA(
                PeerTlsTransport.connector(new Peer("TARGET", host, port), keyStore, trustStore));
        locator.setReconnectAttempts(0);
        locator.setInitialConnectAttempts(1);
        locator.setCallTimeout(10_000);
    }

    ClientSessionFactory connect() throws Exception {
        return locator.createSessionFactory();
    }

    /** A session as the bridge opens it: the certificate authenticates, the user name is informational. */
    ClientSession login(ClientSessionFactory factory) throws Exception {
        ClientSession session = factory.createSession("anyone", null, false, true, true, false, 0);
        session.start();
        return session;
    }

    @Override
    public void close() {
        locator.close();
    }
}
