package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.Failure;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptKind;
import org.blohub.hub.store.ReceiptStore;
import org.blohub.hub.store.StoredMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A verified receipt about a message this node sent to the receipt's signer: store it and move the
 * message to DELIVERED, READ or FAILED (with the refusal's reason), audited in the same transaction.
 * A refusal may also come from an office the message was not addressed to: an envelope forwarded
 * or re-encrypted by someone else is refused where it surfaces, and its sender should know.
 * After the commit of a receipt not seen before it publishes {@link ReceiptVerified}.
 */
@Component
class RecordReceiptStep implements Processor {

    private final ReceiptCodec codec;
    private final MessageStore messages;
    private final ReceiptStore receipts;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecordReceiptStep(ReceiptCodec codec, MessageStore messages, ReceiptStore receipts, AuditTrail audit,
            TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events) {
        this.codec = codec;
        this.messages = messages;
        this.receipts = receipts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void process(Exchange exchange) throws InboundRefusedException {
        OpenedMessage opened = InboundExchange.opened(exchange);
        LiaisonMessage receipt = opened.message();
        ReceiptContent content = codec.read(receipt.body())
                .filter(read -> receipt.inReplyTo().filter(read.messageId()::equals).isPresent())
                .orElseThrow(() -> new InboundRefusedException(RefusalReason.RECEIPT_UNMATCHED, "receipt "
                        + receipt.id() + " has no readable receipt part for the message it answers",
                        Optional.of(opened.office()), null));
        StoredMessage original = messages.find(content.messageId(), Direction.OUTBOUND)
                .filter(sent -> sent.summary().header().fromOffice().equals(opened.office()))
                .filter(sent -> content.kind() == ReceiptKind.NEGATIVE
                        || sent.summary().header().toOffices().contains(receipt.from()))
                .orElseThrow(() -> new InboundRefusedException(RefusalReason.RECEIPT_UNMATCHED, "receipt "
                        + receipt.id() + " from " + receipt.from() + " is about message " + content.messageId()
                        + ", which " + opened.office() + " did not send to that office", Optional.empty(), null));
        ImmutableBytes envelope = ImmutableBytes.copyOf(InboundExchange.envelope(exchange));
        ReceiptKind kind = content.kind();
        Optional<String> reasonCode = kind == ReceiptKind.NEGATIVE
                ? Optional.of(content.reasonCode().orElse("UNSPECIFIED")) : Optional.empty();
        boolean recorded = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!receipts.record(new Receipt(receipt.id(), content.messageId(), kind, reasonCode, receipt.from(),
                    envelope, true, clock.instant()))) {
                return false;
            }
            switch (kind) {
                case DELIVERED -> messages.advance(content.messageId(), Direction.OUTBOUND, MessageStatus.DELIVERED);
                case READ -> messages.advance(content.messageId(), Direction.OUTBOUND, MessageStatus.READ);
                case NEGATIVE -> messages.fail(content.messageId(), Direction.OUTBOUND, new Failure(reasonCode.get(),
                        receipt.from() + " refused it: " + content.reasonText().orElse("no reason given")));
            }
            audit.record(AuditEventType.RECEIPT, original.summary().header(), receipt.from(),
                    Optional.of(envelope.sha256Hex()), reasonCode);
            return true;
        }));
        if (recorded) {
            events.publishEvent(new ReceiptVerified(content.messageId(), kind, receipt.from()));
        }
    }
}
