package org.blohub.hub.airgap;

import java.time.Clock;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;

/**
 * Puts the envelopes of an opened bundle on this node's {@code blo.inbound}, where a peer's bridge would have put
 * them, with the clear properties they waited with, marked with the bundle and the node that signed it
 * ({@link BloHeaders#BUNDLE_NODE}). All or none: one JMS transaction, committed before this returns. The inbound
 * route then opens, checks, deduplicates, stores and audits each and sends its receipt, as for the link.
 */
final class InboundQueueDelivery {

    private final ConnectionFactory connectionFactory;
    private final Clock clock;

    InboundQueueDelivery(ConnectionFactory connectionFactory, Clock clock) {
        this.connectionFactory = connectionFactory;
        this.clock = clock;
    }

    void deliver(OpenedBundle bundle) {
        BundleManifest manifest = bundle.manifest();
        try (Connection connection = connectionFactory.createConnection();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageProducer producer = session.createProducer(session.createQueue(BrokerAddresses.INBOUND))) {
            for (BundleEnvelope envelope : bundle.envelopes()) {
                EnvelopeRouting routing = envelope.routing();
                BytesMessage message = session.createBytesMessage();
                message.writeBytes(envelope.envelope());
                message.setIntProperty(BloHeaders.PROTOCOL, BloHeaders.PROTOCOL_VERSION);
                message.setStringProperty(BloHeaders.MESSAGE_ID, routing.messageId());
                message.setStringProperty(BloHeaders.FROM_OFFICE, routing.fromOffice());
                message.setStringProperty(BloHeaders.TO_OFFICES, routing.toOffices());
                message.setStringProperty(BloHeaders.FROM_NODE, routing.fromNode());
                message.setStringProperty(BloHeaders.TO_NODE, routing.toNode());
                message.setStringProperty(BloHeaders.KIND, routing.kind());
                message.setStringProperty(BloHeaders.PRIORITY, routing.priority());
                message.setStringProperty(BloHeaders.BUNDLE_NODE, manifest.fromNode());
                message.setStringProperty(BloHeaders.BUNDLE_ID, manifest.bundleId());
                producer.send(message, DeliveryMode.PERSISTENT, routing.jmsPriority(), timeToLive(routing));
            }
            session.commit();
        } catch (JMSException e) {
            throw new AirGapException("bundle " + manifest.bundleId() + ": cannot put its "
                    + bundle.envelopes().size() + " envelopes on " + BrokerAddresses.INBOUND + "; nothing was imported", e);
        }
    }

    /** What is left of the sender's expiry; an expired envelope gets the least, so the expiry route records it. */
    private long timeToLive(EnvelopeRouting routing) {
        return routing.expiration() == 0 ? 0 : Math.max(1, routing.expiration() - clock.millis());
    }
}
