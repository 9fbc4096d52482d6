-- BLO Hub node store, schema version 1.
-- Runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL); see docs/store.md.
-- No table holds message plaintext: subjects, bodies and names exist only inside the sealed envelopes.

-- One row per message per direction on this node. A message between two offices of the same node
-- has an OUTBOUND row (sender's outbox) and an INBOUND row (recipients' inbox).
CREATE TABLE messages (
    message_id       VARCHAR(26)              NOT NULL,
    direction        VARCHAR(8)               NOT NULL,
    conversation_id  VARCHAR(64)              NOT NULL,
    in_reply_to      VARCHAR(26),
    from_office      VARCHAR(64)              NOT NULL,
    kind             VARCHAR(16)              NOT NULL,
    priority         VARCHAR(16)              NOT NULL,
    handling_code    VARCHAR(8)               NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reply_by         TIMESTAMP WITH TIME ZONE,
    expires_at       TIMESTAMP WITH TIME ZONE,
    status           VARCHAR(16)              NOT NULL,
    failure_code     VARCHAR(64),
    failure_text     VARCHAR(1000),
    envelope_sha256  CHAR(64)                 NOT NULL,
    envelope_size    BIGINT                   NOT NULL,
    signer_subject   VARCHAR(1000),
    signer_serial    VARCHAR(128),
    signature_status VARCHAR(16),
    stored_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_at        TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    read_at          TIMESTAMP WITH TIME ZONE,
    failed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_messages PRIMARY KEY (message_id, direction),
    CONSTRAINT ck_messages_id CHECK (CHAR_LENGTH(message_id) = 26),
    CONSTRAINT ck_messages_direction CHECK (direction IN ('OUTBOUND', 'INBOUND')),
    CONSTRAINT ck_messages_status CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED')),
    CONSTRAINT ck_messages_failure CHECK ((status = 'FAILED') = (failure_code IS NOT NULL)),
    CONSTRAINT ck_messages_envelope_size CHECK (envelope_size >= 0),
    CONSTRAINT ck_messages_signer CHECK (direction = 'INBOUND' OR signature_status IS NULL)
);
-- Outbox: WHERE from_office = ? AND direction = 'OUTBOUND' ORDER BY stored_at DESC, message_id DESC
CREATE INDEX ix_messages_outbox ON messages (from_office, direction, stored_at, message_id);
CREATE INDEX ix_messages_conversation ON messages (conversation_id);
-- Deadline and expiry scans ("not read after 30 minutes", EXPIRED events)
CREATE INDEX ix_messages_status ON messages (status, direction);

-- Recipients in a child table, not a delimited column: "office X is a recipient" is then an
-- indexed equality lookup on both databases, and the addressed order is kept in position.
CREATE TABLE message_recipients (
    message_id VARCHAR(26) NOT NULL,
    direction  VARCHAR(8)  NOT NULL,
    position   INTEGER     NOT NULL,
    office     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_message_recipients PRIMARY KEY (message_id, direction, office),
    CONSTRAINT uq_message_recipients_position UNIQUE (message_id, direction, position),
    CONSTRAINT fk_message_recipients_message FOREIGN KEY (message_id, direction)
        REFERENCES messages (message_id, direction)
);
-- Inbox: WHERE office = ? AND direction = 'INBOUND'
CREATE INDEX ix_message_recipients_inbox ON message_recipients (office, direction, message_id);

-- The sealed CMS envelope, 1:1 with messages but in its own table so that mailbox listings
-- never read the (possibly large) bytes. The hub opens it with the office key when shown.
CREATE TABLE message_envelopes (
    message_id VARCHAR(26) NOT NULL,
    direction  VARCHAR(8)  NOT NULL,
    envelope   BYTEA       NOT NULL,
    CONSTRAINT pk_message_envelopes PRIMARY KEY (message_id, direction),
    CONSTRAINT fk_message_envelopes_message FOREIGN KEY (message_id, direction)
        REFERENCES messages (message_id, direction)
);

CREATE TABLE receipts (
    receipt_id  VARCHAR(26)              NOT NULL,
    message_id  VARCHAR(26)              NOT NULL,
    kind        VARCHAR(16)              NOT NULL,
    reason_code VARCHAR(64),
    from_office VARCHAR(64)              NOT NULL,
    envelope    BYTEA                    NOT NULL,
    verified    BOOLEAN                  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_receipts PRIMARY KEY (receipt_id),
    CONSTRAINT ck_receipts_kind CHECK (kind IN ('DELIVERED', 'READ', 'NEGATIVE')),
    CONSTRAINT ck_receipts_reason CHECK ((kind = 'NEGATIVE') = (reason_code IS NOT NULL))
);
CREATE INDEX ix_receipts_message ON receipts (message_id);

-- Replay protection: the primary key makes "first time this id is seen" one atomic insert.
CREATE TABLE inbound_message_ids (
    message_id    VARCHAR(26)              NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inbound_message_ids PRIMARY KEY (message_id)
);

CREATE TABLE quarantine (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason_code    VARCHAR(64)              NOT NULL,
    reason_text    VARCHAR(1000)            NOT NULL,
    raw_bytes      BYTEA                    NOT NULL,
    jms_properties VARCHAR(8000)            NOT NULL,
    message_id     VARCHAR(64),
    sender_office  VARCHAR(64),
    sender_node    VARCHAR(64),
    CONSTRAINT pk_quarantine PRIMARY KEY (id)
);
CREATE INDEX ix_quarantine_received ON quarantine (received_at);

-- Leaves of the audit Merkle log (RFC 9162). seq is the 0-based leaf index, gapless.
-- leaf_bytes is the canonical JSON of the event exactly as the caller produced it;
-- leaf_hash = SHA-256(0x00 || leaf_bytes). Append-only: see the vendor migrations V2.
CREATE TABLE audit_events (
    seq             BIGINT                   NOT NULL,
    event_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type      VARCHAR(16)              NOT NULL,
    message_id      VARCHAR(26),
    conversation_id VARCHAR(64),
    from_office     VARCHAR(64),
    to_offices      VARCHAR(2000)            NOT NULL,
    actor           VARCHAR(128)             NOT NULL,
    envelope_sha256 CHAR(64),
    reason_code     VARCHAR(64),
    leaf_bytes      BYTEA                    NOT NULL,
    leaf_hash       BYTEA                    NOT NULL,
    CONSTRAINT pk_audit_events PRIMARY KEY (seq),
    CONSTRAINT ck_audit_events_seq CHECK (seq >= 0),
    CONSTRAINT ck_audit_events_type CHECK (event_type IN ('SUBMITTED', 'SENT', 'RECEIVED', 'DELIVERED', 'READ',
        'RECEIPT', 'REJECTED', 'EXPIRED', 'QUARANTINED', 'ADMIN', 'LOGIN')),
    CONSTRAINT ck_audit_events_leaf_hash CHECK (OCTET_LENGTH(leaf_hash) = 32)
);
CREATE INDEX ix_audit_events_message ON audit_events (message_id);
CREATE INDEX ix_audit_events_conversation ON audit_events (conversation_id);

-- The single sequencer row: an append locks it (SELECT ... FOR UPDATE), takes next_seq and
-- increments it in the same transaction as the event insert and the state change it records.
CREATE TABLE audit_sequence (
    id       SMALLINT NOT NULL,
    next_seq BIGINT   NOT NULL,
    CONSTRAINT pk_audit_sequence PRIMARY KEY (id),
    CONSTRAINT ck_audit_sequence_single_row CHECK (id = 1),
    CONSTRAINT ck_audit_sequence_next CHECK (next_seq >= 0)
);
INSERT INTO audit_sequence (id, next_seq) VALUES (1, 0);

-- Stored complete-subtree hashes of the audit Merkle tree (filled by the checkpoint issue).
-- tree_level 0 holds leaf hashes; the node at (level, index) covers leaves
-- [index * 2^level, (index + 1) * 2^level).
CREATE TABLE tree_hashes (
    tree_level SMALLINT NOT NULL,
    tree_index BIGINT   NOT NULL,
    hash       BYTEA    NOT NULL,
    CONSTRAINT pk_tree_hashes PRIMARY KEY (tree_level, tree_index),
    CONSTRAINT ck_tree_hashes_hash CHECK (OCTET_LENGTH(hash) = 32)
);
