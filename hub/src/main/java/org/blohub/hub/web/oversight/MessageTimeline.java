package org.blohub.hub.web.oversight;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.blohub.hub.store.AuditEventType;
import org.blohub.hub.store.AuditLog;
import org.blohub.hub.store.AuditRecord;
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
        Map<String, String> receiptKinds = receipts.forMessage(messageId).stream()
                .collect(Collectors.toMap(receipt -> receipt.envelope().sha256Hex(),
                        receipt -> receipt.kind().name(), keepFirst()));
        return auditLog.forMessage(messageId).stream()
                .sorted(Comparator.comparing((AuditRecord record) -> record.event().time())
                        .thenComparingLong(AuditRecord::index))
                .map(record -> TimelineEntry.of(record, receiptKind(record, receiptKinds)))
                .toList();
    }

    private static Optional<String> receiptKind(AuditRecord record, Map<String, String> receiptKinds) {
        if (record.event().type() != AuditEventType.RECEIPT) {
            return Optional.empty();
        }
        return record.event().envelopeSha256().map(receiptKinds::get);
    }

    private static BinaryOperator<String> keepFirst() {
        return (first, second) -> first;
    }
}
