package org.blohub.hub.pipeline;

import org.blohub.hub.store.ReceiptKind;

/**
 * Published (as a Spring application event) once a receipt about a message this node sent has been
 * opened, verified and committed with its audit event; listeners run on the consuming thread, after the commit.
 *
 * @param messageId    the message the receipt is about
 * @param receiptFrom  the office that signed the receipt
 */
public record ReceiptVerified(String messageId, ReceiptKind kind, String receiptFrom) {
}
