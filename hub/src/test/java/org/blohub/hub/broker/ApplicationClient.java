package org.blohub.hub.broker;

import java.time.Duration;
import java.util.Optional;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/** The node's own application as the pipeline will be: an Artemis core client on the in-VM connector. */
final class ApplicationClient implements AutoCloseable {

    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;

    ApplicationClient(NodeBroker broker) throws Exception {
        this.locator = ActiveMQClient.createServerLocator(broker.inVmUrl());
        this.factory = locator.createSessionFactory();
        ApplicationCredentials credentials = broker.applicationCredentials();
        this.session = factory.createSession(credentials.user(), credentials.password(), false, true, true, false, 0);
        session.start();
    }

    ClientMessage newMessage() {
        return session.createMessage(true);
    }

    void send(String address, ClientMessage message) throws ActiveMQException {
        try (ClientProducer producer = session.createProducer(address)) {
            producer.send(message);
        }
    }

    /** The next message on the queue, acknowledged; empty if none arrives within the wait. */
    Optional<ClientMessage> receive(String queue, Duration wait) throws ActiveMQException {
        try (ClientConsumer consumer = session.createConsumer(queue)) {
            ClientMessage message = consumer.receive(wait.toMillis());
            if (message == null) {
                return Optional.empty();
            }
            message.acknowledge();
            return Optional.of(message);
        }
    }

    ClientConsumer consumer(String queue) throws ActiveMQException {
        return session.createConsumer(queue);
    }

    @Override
    public void close() throws Exception {
        session.close();
        factory.close();
        locator.close();
    }
}
