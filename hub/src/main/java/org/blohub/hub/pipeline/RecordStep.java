package org.blohub.hub.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.store.AuditEventType;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.OutboundMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the sealed message in the sender's outbox as QUEUED and audits SUBMITTED in one
 * transaction, then turns it into one {@link Dispatch} per destination node.
 */
@Component
class RecordStep implements Processor {

    private final MessageStore messages;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final NetworkRegistry registry;

    RecordStep(MessageStore messages, AuditTrail audit, TransactionTemplate transactions, NetworkRegistry registry) {
        this.messages = messages;
        this.audit = audit;
        this.transactions = transactions;
        this.registry = registry;
    }

    @Override
    public void process(Exchange exchange) {
        Submission submission = exchange.getMessage().getBody(Submission.class);
        LiaisonMessage message = submission.message();
        ImmutableBytes envelope = ImmutableBytes.copyOf(submission.requireEnvelope());
        MessageHeader header = MessageHeaders.of(message, submission.expiresAt());
        transactions.executeWithoutResult(status -> {
            messages.saveOutbound(new OutboundMessage(header, envelope));
            audit.record(AuditEventType.SUBMITTED, header, submission.actor(), Optional.of(envelope.sha256Hex()),
                    Optional.empty());
        });
        exchange.setProperty(SubmissionResult.MESSAGE_ID, message.id());
        exchange.getMessage().setBody(dispatches(message, submission));
    }

    private List<Dispatch> dispatches(LiaisonMessage message, Submission submission) {
        Map<String, List<String>> officesByNode = new LinkedHashMap<>();
        for (String office : message.to()) {
            String node = registry.nodeOf(office).orElseThrow().name();
            officesByNode.computeIfAbsent(node, key -> new java.util.ArrayList<>()).add(office);
        }
        byte[] envelope = submission.requireEnvelope();
        return officesByNode.entrySet().stream()
                .map(entry -> new Dispatch(entry.getKey(), message.id(), message.from(), entry.getValue(),
                        message.kind().name(), message.priority().name(), submission.expiresAt().orElseThrow(), envelope))
                .toList();
    }
}
