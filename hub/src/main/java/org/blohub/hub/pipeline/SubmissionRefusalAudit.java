package org.blohub.hub.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Records a submission the node refused from an office's own caller (API or pages) as a REJECTED audit event:
 * who, which office, which channel and which fields, never the content. Refused submissions are not stored, so
 * this event is the only trace that one was tried.
 */
@Component
public class SubmissionRefusalAudit {

    private static final int MAX_TARGET = 160;

    private final AuditLog auditLog;
    private final Clock clock;

    SubmissionRefusalAudit(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The reason code of a refused submission: {@code SUBMISSION_INVALID}, {@code _NOT_AUTHORIZED} or {@code _TOO_LARGE}. */
    static String reasonCode(SubmissionRefusedException.Problem problem) {
        return "SUBMISSION_" + problem.name();
    }

    public void record(String actor, String office, String channel, SubmissionRefusedException refused) {
        List<String> fields = refused.fieldErrors().stream().map(FieldError::path).distinct().toList();
        String where = fields.isEmpty() ? channel : channel + " " + String.join(",", fields);
        auditLog.append(new AuditEvent(clock.instant(), AuditEventType.REJECTED, Optional.empty(), Optional.empty(),
                Optional.of(office), List.of(), actor, Optional.empty(), Optional.of(reasonCode(refused.problem())),
                Optional.empty(), Optional.empty(),
                Optional.of(where.length() > MAX_TARGET ? where.substring(0, MAX_TARGET) : where)));
    }
}
