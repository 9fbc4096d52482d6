-- Logins and administrative actions are audited (docs/audit.md §2.1, §2.2). A failed login is its own event
-- type and names the network address it came from; an ADMIN event names its action and what it acted on.
-- Numbered 5.1 so that it sorts after a V5 of another change.
ALTER TABLE audit_events ADD COLUMN remote_address VARCHAR(64);
ALTER TABLE audit_events ADD COLUMN admin_action VARCHAR(64);
ALTER TABLE audit_events ADD COLUMN admin_target VARCHAR(160);
ALTER TABLE audit_events DROP CONSTRAINT ck_audit_events_type;
ALTER TABLE audit_events ADD CONSTRAINT ck_audit_events_type CHECK (event_type IN ('SUBMITTED', 'SENT', 'RECEIVED',
    'DELIVERED', 'READ', 'RECEIPT', 'REJECTED', 'EXPIRED', 'QUARANTINED', 'ADMIN', 'LOGIN', 'LOGIN_FAILED'));

-- An administrator discards a quarantine entry: its raw bytes are emptied, who, when and why are kept.
ALTER TABLE quarantine ADD COLUMN discarded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE quarantine ADD COLUMN discarded_by VARCHAR(128);
ALTER TABLE quarantine ADD COLUMN discard_reason VARCHAR(32);
