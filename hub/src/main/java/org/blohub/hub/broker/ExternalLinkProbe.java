package org.blohub.hub.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

import org.apache.activemq.artemis.api.config.ActiveMQDefaultConfiguration;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each peer link of a standalone broker over its management address: the message count of
 * {@code blo.outbound.<PEER>}, and whether the bridge is connected, which is whether the queue has a consumer
 * (a core bridge consumes its queue only while it holds a session with the peer, and nothing else consumes it).
 * One connection is kept for the probes and opened again after a failure. A result is reused for a second, so a
 * metrics scrape that asks once per peer and gauge costs one round of requests.
 */
final class ExternalLinkProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalLinkProbe.class);
    private static final long REPLY_TIMEOUT_MILLIS = 5_000;
    private static final long FRESH_NANOS = 1_000_000_000L;

    private final ExternalBrokerSettings settings;
    private final Supplier<ConnectionFactory> connectionFactory;
    private Connection connection;
    private Session session;
    private MessageProducer requests;
    private MessageConsumer replies;
    private TemporaryQueue replyQueue;
    private BrokerHealth lastHealth;
    private long lastProbeNanos;

    ExternalLinkProbe(ExternalBrokerSettings settings, Supplier<ConnectionFactory> connectionFactory) {
        this.settings = settings;
        this.connectionFactory = connectionFactory;
    }

    synchronized BrokerHealth probe() {
        if (lastHealth != null && System.nanoTime() - lastProbeNanos < FRESH_NANOS) {
            return lastHealth;
        }
        lastHealth = probeNow();
        lastProbeNanos = System.nanoTime();
        return lastHealth;
    }

    private BrokerHealth probeNow() {
        try {
            openIfClosed();
            List<PeerLinkHealth> links = new ArrayList<>();
            for (String peer : settings.peers()) {
                String queue = ResourceNames.QUEUE + BrokerAddresses.outboundTo(peer);
                links.add(new PeerLinkHealth(peer, attribute(queue, "consumerCount") > 0,
                        attribute(queue, "messageCount")));
            }
            return new BrokerHealth(settings.nodeName(), true, links);
        } catch (JMSException | BrokerException e) {
            LOG.warn("BLO-BRK-041 node {}: cannot read link health from the external broker at {}:{}: {}",
                    settings.nodeName(), settings.host(), settings.port(), e.getMessage());
            close();
            return new BrokerHealth(settings.nodeName(), false, List.of());
        }
    }

    private long attribute(String resource, String attribute) throws JMSException {
        Message request = session.createMessage();
        JMSManagementHelper.putAttribute(request, resource, attribute);
        request.setJMSReplyTo(replyQueue);
        requests.send(request);
        Message reply = Optional.ofNullable(replies.receive(REPLY_TIMEOUT_MILLIS)).orElseThrow(() ->
                new BrokerException("no management reply for " + resource + " " + attribute + " within "
                        + REPLY_TIMEOUT_MILLIS + " ms"));
        Object result = resultOf(reply, resource, attribute);
        if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
            throw new BrokerException("management refused " + resource + " " + attribute + ": " + result
                    + " (does the broker have this queue, and role node the manage permission?)");
        }
        if (!(result instanceof Number number)) {
            throw new BrokerException("management answered " + resource + " " + attribute + " with " + result);
        }
        return number.longValue();
    }

    private static Object resultOf(Message reply, String resource, String attribute) {
        try {
            return JMSManagementHelper.getResult(reply);
        } catch (Exception e) {
            throw new BrokerException("cannot read the management reply for " + resource + " " + attribute, e);
        }
    }

    private void openIfClosed() throws JMSException {
        if (connection != null) {
            return;
        }
        connection = connectionFactory.get().createConnection();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        Queue management = session.createQueue(ActiveMQDefaultConfiguration.getDefaultManagementAddress().toString());
        requests = session.createProducer(management);
        replyQueue = session.createTemporaryQueue();
        replies = session.createConsumer(replyQueue);
        connection.start();
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (JMSException e) {
            LOG.debug("closing the health connection failed", e);
        } finally {
            connection = null;
            session = null;
            requests = null;
            replies = null;
            replyQueue = null;
        }
    }
}
