-- Transactional outbox: an OUTBOUND row is committed before its broker send, and the flag records
-- that the send succeeded. A row still FALSE after a grace period was committed but never handed
-- over (crash in between); the outbox relay sends it again. Rows stored before this version were
-- sent by the old path, so they start TRUE.
ALTER TABLE messages ADD COLUMN handed_to_broker BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE messages SET handed_to_broker = TRUE;
-- Relay scan: WHERE handed_to_broker = FALSE AND direction = 'OUTBOUND' AND status = 'QUEUED'
CREATE INDEX ix_messages_not_handed ON messages (handed_to_broker, direction, status, stored_at);
