package org.blohub.hub.pipeline;

import java.util.List;
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
 * transaction, then turns it into one {@link Dispatch} per destination node. Each member of an operation group the
 * message does not go to is audited in the same transaction as REJECTED with {@code GROUP_MEMBER_NOT_AUTHORIZED}.
 */
@Component
class RecordStep implements Processor {

    private static final String GROUP_MEMBER_NOT_AUTHORIZED = "GROUP_MEMBER_NOT_AUTHORIZED";

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
            OperationGroupStep.leftOut(exchange).forEach(member -> audit.append(AuditEventType.REJECTED,
                    Optional.of(header.messageId()), Optional.of(header.conversationId()),
                    Optional.of(header.fromOffice()), List.of(member.office()), submission.actor(), Optional.empty(),
                    Optional.of(GROUP_MEMBER_NOT_AUTHORIZED)));
        });
        exchange.setProperty(SubmissionResult.MESSAGE_ID, message.id());
        exchange.getMessage().setBody(plan.of(header, submission.requireEnvelope()));
    }
}
