package org.blohub.hub.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.blohub.hub.store.ReceiptKind;

/**
 * The structured part of a RECEIPT message, carried as the JSON body of the signed canonical
 * message (format in docs/protocol.md).
 *
 * @param status          DELIVERED, READ or REFUSED
 * @param messageId       the message this receipt is about
 * @param reasonCode      for REFUSED, the stable refusal code (e.g. {@code BLO-IN-006 NOT_AUTHORIZED})
 * @param reasonText      for REFUSED, what the sender can do about it
 * @param envelopeSha256  SHA-256 (hex) of the envelope as received
 * @param time            when the receiving node decided
 */
public record ReceiptContent(String status, String messageId, Optional<String> reasonCode,
        Optional<String> reasonText, String envelopeSha256, Instant time) {

    public static final String DELIVERED = "DELIVERED";
    public static final String READ = "READ";
    public static final String REFUSED = "REFUSED";

    public ReceiptContent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reasonText, "reasonText");
        Objects.requireNonNull(envelopeSha256, "envelopeSha256");
        Objects.requireNonNull(time, "time");
    }

    ReceiptKind kind() {
        return switch (status) {
            case DELIVERED -> ReceiptKind.DELIVERED;
            case READ -> ReceiptKind.READ;
            default -> ReceiptKind.NEGATIVE;
        };
    }
}
