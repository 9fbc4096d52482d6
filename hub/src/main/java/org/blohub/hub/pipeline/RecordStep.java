package org.blohub.hub.pipeline;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
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
    private final DispatchPlan plan;

    RecordStep(MessageStore messages, AuditTrail audit, TransactionTemplate transactions, DispatchPlan plan) {
        this.messages = messages;
        this.audit = audit;
        this.transactions = transactions;
        this.plan = plan;
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
        exchange.getMessage().setBody(plan.of(header, submission.requireEnvelope()));
    }
}
