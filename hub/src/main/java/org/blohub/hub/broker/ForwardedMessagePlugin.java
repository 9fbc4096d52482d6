package org.blohub.hub.broker;

import java.util.HashMap;
import java.util.Map;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.MessageReference;
import org.apache.activemq.artemis.core.server.ServerConsumer;
import org.apache.activemq.artemis.core.server.impl.AckReason;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bridge acknowledges a message on {@code blo.outbound.<PEER>} only once the peer broker has
 * confirmed it (confirmation window with duplicate detection). That acknowledgement is reported
 * to the {@link ForwardingListener}; expiry and administrative removal are not.
 */
final class ForwardedMessagePlugin implements ActiveMQServerMessagePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ForwardedMessagePlugin.class);
    private static final String OUTBOUND_PREFIX = BrokerAddresses.outboundTo("XX").replace("XX", "");

    private final String nodeName;
    private final ForwardingListener listener;

    ForwardedMessagePlugin(String nodeName, ForwardingListener listener) {
        this.nodeName = nodeName;
        this.listener = listener;
    }

    @Override
    public void messageAcknowledged(Transaction tx, MessageReference reference, AckReason reason,
            ServerConsumer consumer) {
        String queue = reference.getQueue().getName().toString();
        if (reason != AckReason.NORMAL || !queue.startsWith(OUTBOUND_PREFIX)) {
            return;
        }
        Message message = reference.getMessage();
        Map<String, String> properties = new HashMap<>();
        for (SimpleString name : message.getPropertyNames()) {
            Object value = message.getObjectProperty(name);
            if (value != null && !(value instanceof byte[])) {
                properties.put(name.toString(), value.toString());
            }
        }
        try {
            listener.forwarded(queue.substring(OUTBOUND_PREFIX.length()), properties);
        } catch (RuntimeException e) {
            LOG.warn("BLO-BRK-030 node {}: forwarding listener failed for a message on {}", nodeName, queue, e);
        }
    }
}
