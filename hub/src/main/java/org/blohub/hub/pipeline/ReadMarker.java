package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.Optional;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** An office read a delivered message: mark it READ, audit READ, send the READ receipt to the sender. */
@Component
public class ReadMarker {

    private final MessageStore messages;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ReceiptIssuer receipts;
    private final Clock clock;

    ReadMarker(MessageStore messages, AuditTrail audit, TransactionTemplate transactions, ReceiptIssuer receipts,
            Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.transactions = transactions;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** @return false when the message was already read */
    public boolean markRead(StoredMessage message, String office, String actor) {
        MessageHeader header = message.summary().header();
        boolean changed = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!messages.advance(header.messageId(), Direction.INBOUND, MessageStatus.READ)) {
                return false;
            }
            audit.record(AuditEventType.READ, header, actor, Optional.of(message.summary().envelopeSha256()),
                    Optional.empty());
            return true;
        }));
        if (changed) {
            receipts.issue(office, header.fromOffice(), header.conversationId(), new ReceiptContent(ReceiptContent.READ,
                    header.messageId(), Optional.empty(), Optional.empty(), message.summary().envelopeSha256(),
                    clock.instant()));
        }
        return changed;
    }
}
