package org.blohub.hub.adapter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.spi.TranslationRefusal;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records every part an adapter refused: a REJECTED audit event whose actor is the adapter, whose reason code says
 * which check refused it and whose target says where (document name and locator), never content; and a log line.
 */
@Component
class AdapterRefusalAudit {

    /** Why an adapter refused a part, as the audit event's reason code. */
    enum Reason { ADAPTER_TRANSLATION_REFUSED, ADAPTER_WRONG_SENDER, ADAPTER_INVALID, ADAPTER_NOT_AUTHORIZED,
        ADAPTER_TOO_LARGE, ADAPTER_KEY_CONFLICT, ADAPTER_SENDER_NOT_ALLOWED }

    private static final Logger LOG = LoggerFactory.getLogger(AdapterRefusalAudit.class);
    private static final int MAX_TARGET = 160;

    private final AuditLog auditLog;
    private final Clock clock;

    AdapterRefusalAudit(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    void record(String actor, String office, String documentName, TranslationRefusal refusal, Reason reason,
            Optional<String> messageId, List<String> toOffices) {
        String where = documentName + " " + refusal.locator();
        auditLog.append(new AuditEvent(clock.instant(), AuditEventType.REJECTED, messageId, Optional.empty(),
                Optional.of(office), toOffices, actor, Optional.empty(), Optional.of(reason.name()), Optional.empty(),
                Optional.empty(), Optional.of(where.length() > MAX_TARGET ? where.substring(0, MAX_TARGET) : where)));
        LOG.warn("BLO-ADP-020 {} refused {} ({}): {}", actor, documentName, reason, refusal.describe());
    }
}
