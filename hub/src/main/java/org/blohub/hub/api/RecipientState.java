package org.blohub.hub.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptKind;

/**
 * Where a sent message stands at one addressed office, from the signed receipts that office returned: READ,
 * DELIVERED, FAILED (a negative receipt, with its reason code) or, without a receipt yet, the message's own QUEUED,
 * SENT or FAILED.
 */
public record RecipientState(String office, String state, Optional<Instant> deliveredAt, Optional<Instant> readAt,
        Optional<String> reasonCode) {

    /** One state per addressed office, in the order the message addressed them. */
    static List<RecipientState> of(List<String> offices, List<Receipt> receipts, MessageStatus messageStatus) {
        return offices.stream().map(office -> of(office, receipts.stream()
                .filter(receipt -> receipt.fromOffice().equals(office)).toList(), messageStatus)).toList();
    }

    private static RecipientState of(String office, List<Receipt> receipts, MessageStatus messageStatus) {
        Optional<Instant> delivered = receivedAt(receipts, ReceiptKind.DELIVERED);
        Optional<Instant> read = receivedAt(receipts, ReceiptKind.READ);
        Optional<String> refusal = receipts.stream().filter(receipt -> receipt.kind() == ReceiptKind.NEGATIVE)
                .findFirst().flatMap(Receipt::reasonCode);
        String state;
        if (read.isPresent()) {
            state = ReceiptKind.READ.name();
        } else if (delivered.isPresent()) {
            state = ReceiptKind.DELIVERED.name();
        } else if (refusal.isPresent()) {
            state = MessageStatus.FAILED.name();
        } else if (messageStatus == MessageStatus.QUEUED || messageStatus == MessageStatus.FAILED) {
            state = messageStatus.name();
        } else {
            state = MessageStatus.SENT.name();
        }
        return new RecipientState(office, state, delivered, read, refusal);
    }

    private static Optional<Instant> receivedAt(List<Receipt> receipts, ReceiptKind kind) {
        return receipts.stream().filter(receipt -> receipt.kind() == kind).map(Receipt::receivedAt)
                .min(Instant::compareTo);
    }
}
