-- Overdue REQUESTs (docs/workflow.md): one row per request and reason, written once by the overdue job,
-- closed when a RESPONSE to the request is stored. Computed from the messages table, so a restart loses nothing.
-- Numbered 20 to leave room for the versions of other changes.
CREATE TABLE liaison_overdue (
    message_id      VARCHAR(26)              NOT NULL,
    reason          VARCHAR(16)              NOT NULL,
    office          VARCHAR(64)              NOT NULL,
    conversation_id VARCHAR(64)              NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_liaison_overdue PRIMARY KEY (message_id, reason),
    CONSTRAINT ck_liaison_overdue_reason CHECK (reason IN ('UNREAD', 'UNANSWERED'))
);
CREATE INDEX ix_liaison_overdue_office ON liaison_overdue (office, closed_at);
CREATE INDEX ix_messages_in_reply_to ON messages (in_reply_to);

ALTER TABLE audit_events DROP CONSTRAINT ck_audit_events_type;
ALTER TABLE audit_events ADD CONSTRAINT ck_audit_events_type CHECK (event_type IN ('SUBMITTED', 'SENT', 'RECEIVED',
    'DELIVERED', 'READ', 'RECEIPT', 'REJECTED', 'EXPIRED', 'QUARANTINED', 'ADMIN', 'LOGIN', 'LOGIN_FAILED', 'OVERDUE'));
