-- H2: audit_events is append-only. UPDATE and DELETE are rejected by a Java trigger.
-- H2 does not fire triggers on TRUNCATE TABLE; see docs/store.md.
CREATE TRIGGER audit_events_no_update_or_delete
    BEFORE UPDATE, DELETE ON audit_events
    FOR EACH ROW CALL 'org.blohub.hub.store.jdbc.AuditEventsAppendOnlyTrigger';
