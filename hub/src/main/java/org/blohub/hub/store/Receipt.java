package org.blohub.hub.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed receipt for a message, sent or received by this node.
 *
 * @param reasonCode present exactly for NEGATIVE receipts
 * @param envelope   the signed receipt as it travelled
 * @param verified   whether its signature verified when it was received (true for receipts this node issued)
 */
public record Receipt(
        String receiptId,
        String messageId,
        ReceiptKind kind,
        Optional<String> reasonCode,
        String fromOffice,
        ImmutableBytes envelope,
        boolean verified,
        Instant receivedAt) {

    public Receipt {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(fromOffice, "fromOffice");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if ((kind == ReceiptKind.NEGATIVE) != reasonCode.isPresent()) {
            throw new IllegalArgumentException("receipt " + receiptId + ": a reason code goes with NEGATIVE receipts only");
        }
    }
}
