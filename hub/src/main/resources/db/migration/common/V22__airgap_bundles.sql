-- Air-gap bundles this node imported (docs/protocol.md, "Air-gap bundles"): a bundle id is imported once; a second
-- import of the same file is refused as replayed. Numbered 22 to leave room for the versions of other changes.
CREATE TABLE airgap_bundles (
    bundle_id   VARCHAR(26)              NOT NULL,
    from_node   VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by VARCHAR(128)             NOT NULL,
    envelopes   INTEGER                  NOT NULL,
    CONSTRAINT pk_airgap_bundles PRIMARY KEY (bundle_id)
);
