-- Checkpoints this node signed over its own audit log (c2sp.org/tlog-checkpoint as a signed note with
-- the node's log signature only), one per tree size. Ed25519 is deterministic, so two hub instances
-- signing the same size produce the same note and the second insert is a no-op.
CREATE TABLE audit_checkpoints (
    tree_size   BIGINT                   NOT NULL,
    root_hash   BYTEA                    NOT NULL,
    signed_note VARCHAR(4000)            NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_audit_checkpoints PRIMARY KEY (tree_size),
    CONSTRAINT ck_audit_checkpoints_size CHECK (tree_size >= 0),
    CONSTRAINT ck_audit_checkpoints_root CHECK (OCTET_LENGTH(root_hash) = 32)
);

-- Cosignatures (c2sp.org/tlog-cosignature) peers returned for our checkpoints: one signature line each.
CREATE TABLE audit_cosignatures (
    tree_size      BIGINT                   NOT NULL,
    cosigner       VARCHAR(255)             NOT NULL,
    signature_line VARCHAR(1000)            NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_audit_cosignatures PRIMARY KEY (tree_size, cosigner),
    CONSTRAINT fk_audit_cosignatures_checkpoint FOREIGN KEY (tree_size) REFERENCES audit_checkpoints (tree_size)
);

-- As a witness: the largest checkpoint of each peer log this node cosigned. A new checkpoint of that
-- log is cosigned only if a consistency proof links it to this one.
CREATE TABLE audit_witnessed_checkpoints (
    origin      VARCHAR(255)             NOT NULL,
    tree_size   BIGINT                   NOT NULL,
    root_hash   BYTEA                    NOT NULL,
    signed_note VARCHAR(4000)            NOT NULL,
    cosigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_audit_witnessed_checkpoints PRIMARY KEY (origin),
    CONSTRAINT ck_audit_witnessed_root CHECK (OCTET_LENGTH(root_hash) = 32)
);
