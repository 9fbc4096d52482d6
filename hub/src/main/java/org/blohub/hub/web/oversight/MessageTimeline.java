package org.blohub.hub.web.oversight;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.store.ReceiptStore;

/**
 * A message's events in this node's audit log, oldest first, each RECEIPT event named with the kind of the
 * receipt it recorded (matched by the receipt envelope's SHA-256). Events with the same time keep log order.
 */
final class MessageTimeline {

    private final AuditLog auditLog;
    private final ReceiptStore receipts;

    MessageTimeline(AuditLog auditLog, ReceiptStore receipts) {
        this.auditLog = auditLog;
        this.receipts = receipts;
    }

    List<TimelineEntry> of(String messageId) {
        Map<String, String> receiptKinds = receiptKinds(messageId);
        return auditLog.forMessage(messageId).stream()
                .sorted(Comparator.comparing((AuditRecord record) -> record.event().time())
                        .thenComparingLong(AuditRecord::index))
                .map(record -> TimelineEntry.of(record, receiptKind(record, receiptKinds)))
                .toList();
    }

    /** The kinds of the message's receipts this node holds, by the SHA-256 of each receipt envelope. */
    Map<String, String> receiptKinds(String messageId) {
        return receipts.forMessage(messageId).stream()
                .collect(Collectors.toMap(receipt -> receipt.envelope().sha256Hex(),
                        receipt -> receipt.kind().name(), keepFirst()));
    }

    static Optional<String> receiptKind(AuditEventType type, Optional<String> envelopeSha256,
            Map<String, String> receiptKinds) {
        if (type != AuditEventType.RECEIPT) {
            return Optional.empty();
        }
        return envelopeSha256.map(receiptKinds::get);
    }

    private static Optional<String> receiptKind(AuditRecord record, Map<String, String> receiptKinds) {
        return receiptKind(record.event().type(), record.event().envelopeSha256(), receiptKinds);
    }

    private static BinaryOperator<String> keepFirst() {
        return (first, second) -> first;
    }
}
