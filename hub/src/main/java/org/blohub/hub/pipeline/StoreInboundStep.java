package org.blohub.hub.pipeline;

import java.math.BigInteger;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.InboundDeduplication;
import org.blohub.hub.store.InboundMessage;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.SignatureStatus;
import org.blohub.hub.store.SignerVerification;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims the message id, stores the message in the addressed offices' inbox as DELIVERED and audits
 * RECEIVED (its actor the peer that delivered it, e.g. {@code peer:TH}) and DELIVERED, all in one transaction:
 * a message is delivered once or not at all. After the commit it publishes {@link MessageDelivered}.
 */
@Component
class StoreInboundStep implements Processor {

    private final MessageStore messages;
    private final InboundDeduplication deduplication;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final DeliveringNodes deliveringNodes;
    private final ApplicationEventPublisher events;

    StoreInboundStep(MessageStore messages, InboundDeduplication deduplication, AuditTrail audit,
            TransactionTemplate transactions, DeliveringNodes deliveringNodes, ApplicationEventPublisher events) {
        this.messages = messages;
        this.deduplication = deduplication;
        this.audit = audit;
        this.transactions = transactions;
        this.deliveringNodes = deliveringNodes;
        this.events = events;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        OpenedMessage opened = InboundExchange.opened(exchange);
        ImmutableBytes envelope = ImmutableBytes.copyOf(InboundExchange.envelope(exchange));
        MessageHeader header = MessageHeaders.of(opened.message(), Optional.empty());
        SignerVerification signer = new SignerVerification(
                opened.envelope().signerCertificate().getSubjectX500Principal().getName(),
                new BigInteger(1, opened.envelope().signerCertificate().getSerialNumber().toByteArray()).toString(16),
                SignatureStatus.VALID);
        Optional<String> sha = Optional.of(envelope.sha256Hex());
        Arrival arrival = InboundExchange.arrival(exchange);
        String deliveredBy = deliveringNodes.actorOf(arrival.validatedUser(), arrival.bundleNode());
        boolean stored = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!deduplication.claim(header.messageId())) {
                return false;
            }
            messages.saveInbound(new InboundMessage(header, envelope, signer));
            audit.record(AuditEventType.RECEIVED, header, deliveredBy, sha, Optional.empty());
            audit.record(AuditEventType.DELIVERED, header, "node", sha, Optional.empty());
            return true;
        }));
        if (!stored) {
            throw new InboundRefusedException(RefusalReason.REPLAYED, "message " + header.messageId()
                    + " was already delivered; this copy is ignored", Optional.empty(), null);
        }
        events.publishEvent(new MessageDelivered(header.messageId(), header.fromOffice()));
    }
}
