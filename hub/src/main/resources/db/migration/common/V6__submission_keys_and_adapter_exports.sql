-- Submissions already accepted, by a key the submitter gave: the REST API's Idempotency-Key header, or an
-- adapter's document reference (file digest and row). A repeat within the retention window is answered with the
-- first message and not sent again (docs/adapter-channels.md). A row is claimed before the message is submitted
-- and removed again if the submission is refused.
CREATE TABLE submission_keys (
    office         VARCHAR(64)              NOT NULL,
    submission_key VARCHAR(200)             NOT NULL,
    message_id     VARCHAR(26)              NOT NULL,
    fingerprint    CHAR(64)                 NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_submission_keys PRIMARY KEY (office, submission_key)
);

-- Delivered messages an outbound adapter has written for its office's national system; a delivered message
-- without a row here is delivered (again) by the adapter's retry. adapter: channel and format, e.g. webhook:th-cms-xml.
CREATE TABLE adapter_exports (
    message_id  VARCHAR(26)              NOT NULL,
    office      VARCHAR(64)              NOT NULL,
    adapter     VARCHAR(80)              NOT NULL,
    exported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_adapter_exports PRIMARY KEY (message_id, office, adapter)
);
