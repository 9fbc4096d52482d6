package org.blohub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.store.MessageHeader;
import org.springframework.stereotype.Component;

/**
 * Writes audit events. Callers run it inside the transaction of the state change it records, so
 * the event and the change commit together or not at all. The store encodes the Merkle leaf (with its
 * index) itself; see {@link AuditEvent#leaf}.
 */
@Component
public class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public long record(AuditEventType type, MessageHeader header, String actor, Optional<String> envelopeSha256,
            Optional<String> reasonCode) {
        return append(type, Optional.of(header.messageId()), Optional.of(header.conversationId()),
                Optional.of(header.fromOffice()), header.toOffices(), actor, envelopeSha256, reasonCode);
    }

    public long append(AuditEventType type, Optional<String> messageId, Optional<String> conversationId,
            Optional<String> fromOffice, List<String> toOffices, String actor, Optional<String> envelopeSha256,
            Optional<String> reasonCode) {
        Instant time = clock.instant();
        return log.append(new AuditEvent(time, type, messageId, conversationId, fromOffice, toOffices, actor,
                envelopeSha256, reasonCode));
    }
}
