-- Logins are audited (docs/audit.md, "Logins"): a failed login is its own event type and names the
-- network address the attempt came from. Numbered 5.1 so that it sorts after any V5 of another change.
ALTER TABLE audit_events ADD COLUMN remote_address VARCHAR(64);
ALTER TABLE audit_events DROP CONSTRAINT ck_audit_events_type;
ALTER TABLE audit_events ADD CONSTRAINT ck_audit_events_type CHECK (event_type IN ('SUBMITTED', 'SENT', 'RECEIVED',
    'DELIVERED', 'READ', 'RECEIPT', 'REJECTED', 'EXPIRED', 'QUARANTINED', 'ADMIN', 'LOGIN', 'LOGIN_FAILED'));
