package org.blohub.hub.web.oversight;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;

/** The messages of a message's conversation that this node's audit log knows, in order of their first event. */
final class ConversationMessages {

    /** @param firstEvent the time of the message's first event on this node */
    record ConversationMessage(String messageId, Instant firstEvent, Optional<String> fromOffice) {
    }

    private final AuditLog auditLog;

    ConversationMessages(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Empty when the message has no conversation id in this node's log. */
    List<ConversationMessage> of(String messageId) {
        Optional<String> conversationId = auditLog.forMessage(messageId).stream()
                .flatMap(record -> record.event().conversationId().stream())
                .findFirst();
        if (conversationId.isEmpty()) {
            return List.of();
        }
        Map<String, ConversationMessage> messages = new LinkedHashMap<>();
        auditLog.forConversation(conversationId.get()).stream()
                .sorted(Comparator.comparing((AuditRecord record) -> record.event().time())
                        .thenComparingLong(AuditRecord::index))
                .forEach(record -> record.event().messageId().ifPresent(id -> messages.putIfAbsent(id,
                        new ConversationMessage(id, record.event().time(), record.event().fromOffice()))));
        return List.copyOf(messages.values());
    }
}
