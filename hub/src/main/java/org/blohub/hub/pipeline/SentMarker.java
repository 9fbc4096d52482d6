package org.blohub.hub.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.ForwardingListener;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The peer broker confirmed a message this node sent: QUEUED becomes SENT, audited SENT. Runs off
 * the broker's thread. A receipt that arrived first has already moved the message further; then
 * nothing changes. Receipts and consent messages have no outbox row and are left alone.
 */
@Component
public class SentMarker implements ForwardingListener, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SentMarker.class);

    private final MessageStore messages;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final String nodeName;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "blo-sent-marker");
        thread.setDaemon(true);
        return thread;
    });

    SentMarker(MessageStore messages, AuditTrail audit, TransactionTemplate transactions, NodeProperties properties) {
        this.messages = messages;
        this.audit = audit;
        this.transactions = transactions;
        this.nodeName = properties.name();
    }

    @Override
    public void forwarded(String peerNodeName, Map<String, String> properties) {
        String id = properties.get(BloHeaders.MESSAGE_ID);
        if (id == null || NodeMadeKinds.includes(String.valueOf(properties.get(BloHeaders.KIND)))
                || !nodeName.equals(properties.get(BloHeaders.FROM_NODE))) {
            return;
        }
        worker.execute(() -> markSent(id, peerNodeName));
    }

    private void markSent(String id, String peerNodeName) {
        try {
            transactions.executeWithoutResult(status -> {
                if (messages.advance(id, Direction.OUTBOUND, MessageStatus.SENT)) {
                    messages.find(id, Direction.OUTBOUND).ifPresent(sent -> audit.record(AuditEventType.SENT,
                            sent.summary().header(), "broker:" + peerNodeName,
                            Optional.of(sent.summary().envelopeSha256()), Optional.empty()));
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("BLO-OUT-020 message {}: cannot record SENT to {}", id, peerNodeName, e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }
}
