package org.blohub.hub.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One message as its office reads it: the decrypted canonical content, who signed it and whether
 * the signer's certificate was valid, the receipts that came back and, for a sent message, where it stands at each
 * addressed office ({@code recipients}; empty for a received message).
 */
public record MessageDetail(
        MessageView message,
        Optional<JsonNode> content,
        Optional<String> signer,
        String certificateStatus,
        Optional<Instant> signedAt,
        List<ReceiptView> receipts,
        List<RecipientState> recipients) {

    /** A receipt as the sender sees it. */
    public record ReceiptView(String receiptId, String kind, Optional<String> reasonCode, String from,
            boolean signatureVerified, Instant receivedAt) {
    }
}
