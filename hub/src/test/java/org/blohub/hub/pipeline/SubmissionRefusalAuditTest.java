package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SubmissionRefusalAuditTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private final AuditLog auditLog = mock(AuditLog.class);
    private final SubmissionRefusalAudit refusals = new SubmissionRefusalAudit(auditLog,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void recordsWhoWhereAndWhichFieldsAsRejectedWithoutTheRefusalText() {
        SubmissionRefusedException refused = new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                "subject 'Kestrel' is too long", List.of(
                        new FieldError("subject", FieldErrorCode.INVALID_FORMAT, "'Kestrel' is too long"),
                        new FieldError("to[0]", FieldErrorCode.INVALID_FORMAT, "unknown office"),
                        new FieldError("subject", FieldErrorCode.INVALID_FORMAT, "has a control character")));

        refusals.record("officer:th-chiangkhong-duty", "TH-CHIANGKHONG", "POST /api/messages", refused);

        AuditEvent event = appended();
        assertThat(event.type()).isEqualTo(AuditEventType.REJECTED);
        assertThat(event.time()).isEqualTo(NOW);
        assertThat(event.actor()).isEqualTo("officer:th-chiangkhong-duty");
        assertThat(event.fromOffice()).contains("TH-CHIANGKHONG");
        assertThat(event.reasonCode()).contains("SUBMISSION_INVALID");
        assertThat(event.target()).contains("POST /api/messages subject,to[0]");
        assertThat(event.messageId()).isEmpty();
        assertThat(event.toString()).doesNotContain("Kestrel");
    }

    @Test
    void namesTheProblemWhenNoFieldIsConcernedAndKeepsTheTargetShort() {
        refusals.record("system:th", "TH-CHIANGKHONG", "page compose " + "x".repeat(300),
                new SubmissionRefusedException(SubmissionRefusedException.Problem.NOT_AUTHORIZED, "no agreement",
                        List.of()));

        AuditEvent event = appended();
        assertThat(event.reasonCode()).contains("SUBMISSION_NOT_AUTHORIZED");
        assertThat(event.target().orElseThrow()).startsWith("page compose x").hasSize(160);
    }

    private AuditEvent appended() {
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).append(event.capture());
        return event.getValue();
    }
}
