-- Roles that one hub instance of a node holds at a time, such as signing the audit checkpoints (docs/scale-out.md,
-- "One checkpoint signer"). An instance holds a role until expires_at and renews it while it runs; another instance
-- takes a role only once its lease has run out. The instances' clocks are compared, so they must be synchronized.
CREATE TABLE role_leases (
    role       VARCHAR(64)              NOT NULL,
    holder     VARCHAR(200)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_role_leases PRIMARY KEY (role)
);
