package org.blohub.hub.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.CanonicalJson;
import org.blohub.hub.store.AuditEvent;
import org.blohub.hub.store.AuditEventType;
import org.blohub.hub.store.AuditLog;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.MessageHeader;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes audit events. Callers run it inside the transaction of the state change it records, so
 * the event and the change commit together or not at all.
 */
@Component
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        ObjectNode leaf = JSON.createObjectNode();
        leaf.put("time", time.toString());
        leaf.put("type", type.name());
        messageId.ifPresent(id -> leaf.put("messageId", id));
        conversationId.ifPresent(id -> leaf.put("conversationId", id));
        fromOffice.ifPresent(office -> leaf.put("from", office));
        ArrayNode to = leaf.putArray("to");
        toOffices.forEach(to::add);
        leaf.put("actor", actor);
        envelopeSha256.ifPresent(sha -> leaf.put("envelopeSha256", sha));
        reasonCode.ifPresent(code -> leaf.put("reasonCode", code));
        return log.append(new AuditEvent(time, type, messageId, conversationId, fromOffice, toOffices, actor,
                envelopeSha256, reasonCode, ImmutableBytes.copyOf(CanonicalJson.canonicalize(leaf))));
    }
}
