-- Content retention (docs/workflow.md, "Retention"): once a message's retention period has passed, the purge job
-- deletes its sealed envelope (message_envelopes), its attachment parts and its name search keys, and records here
-- when and under which rule, e.g. retention.request=5y. The header, envelope_sha256, receipts and audit events stay.
ALTER TABLE messages ADD COLUMN content_purged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE messages ADD COLUMN purge_rule VARCHAR(64);
ALTER TABLE messages ADD CONSTRAINT ck_messages_purge CHECK ((content_purged_at IS NULL) = (purge_rule IS NULL));
-- Purge scan: WHERE content_purged_at IS NULL AND kind = ? AND stored_at < ?
CREATE INDEX ix_messages_retention ON messages (content_purged_at, kind, stored_at);

ALTER TABLE audit_events DROP CONSTRAINT ck_audit_events_type;
ALTER TABLE audit_events ADD CONSTRAINT ck_audit_events_type CHECK (event_type IN ('SUBMITTED', 'SENT', 'RECEIVED',
    'DELIVERED', 'READ', 'RECEIPT', 'REJECTED', 'EXPIRED', 'QUARANTINED', 'ADMIN', 'LOGIN', 'LOGIN_FAILED', 'OVERDUE',
    'PURGED'));
