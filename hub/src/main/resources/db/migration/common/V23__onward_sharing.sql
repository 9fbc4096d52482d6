-- Onward sharing (docs/workflow.md, "Onward sharing"). Notes and consent reasons are free text, so they stay inside
-- the sealed consent messages kept here; the columns hold routing facts and states only.

-- On the forwarding office's node: one row per forward an officer asked for. For H2 and H3 the request id is the
-- id of the CONSENT_REQUEST sent to the originating office (request_envelope, sealed for the forwarding office too,
-- holds the note) and reply_envelope the CONSENT_REPLY that answered it (its reason).
CREATE TABLE forward_requests (
    request_id           VARCHAR(26)              NOT NULL,
    message_id           VARCHAR(26)              NOT NULL,
    office               VARCHAR(64)              NOT NULL,
    originator           VARCHAR(64)              NOT NULL,
    handling_code        VARCHAR(8)               NOT NULL,
    targets              VARCHAR(1000)            NOT NULL,
    state                VARCHAR(24)              NOT NULL,
    requested_by         VARCHAR(200)             NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    request_envelope     BYTEA,
    reply_id             VARCHAR(26),
    reply_envelope       BYTEA,
    decided_at           TIMESTAMP WITH TIME ZONE,
    forwarded_message_id VARCHAR(26),
    failure_code         VARCHAR(64),
    CONSTRAINT pk_forward_requests PRIMARY KEY (request_id),
    CONSTRAINT ck_forward_requests_state CHECK (state IN ('AWAITING_CONSENT', 'GRANTED', 'REFUSED', 'FORWARDED', 'FAILED'))
);
CREATE INDEX ix_forward_requests_message ON forward_requests (office, message_id);

-- On the originating office's node: one row per CONSENT_REQUEST received, with its sealed envelope (the note).
CREATE TABLE consent_requests (
    request_id   VARCHAR(26)              NOT NULL,
    message_id   VARCHAR(26)              NOT NULL,
    office       VARCHAR(64)              NOT NULL,
    requester    VARCHAR(64)              NOT NULL,
    targets      VARCHAR(1000)            NOT NULL,
    envelope     BYTEA                    NOT NULL,
    state        VARCHAR(16)              NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by   VARCHAR(200),
    decided_at   TIMESTAMP WITH TIME ZONE,
    reply_id     VARCHAR(26),
    CONSTRAINT pk_consent_requests PRIMARY KEY (request_id),
    CONSTRAINT ck_consent_requests_state CHECK (state IN ('PENDING', 'GRANTED', 'REFUSED'))
);
CREATE INDEX ix_consent_requests_office ON consent_requests (office, state);

ALTER TABLE audit_events DROP CONSTRAINT ck_audit_events_type;
ALTER TABLE audit_events ADD CONSTRAINT ck_audit_events_type CHECK (event_type IN ('SUBMITTED', 'SENT', 'RECEIVED',
    'DELIVERED', 'READ', 'RECEIPT', 'REJECTED', 'EXPIRED', 'QUARANTINED', 'ADMIN', 'LOGIN', 'LOGIN_FAILED', 'OVERDUE',
    'PURGED', 'FORWARD_REQUEST', 'CONSENT_REQUEST', 'CONSENT_GRANTED', 'CONSENT_REFUSED', 'FORWARDED'));
