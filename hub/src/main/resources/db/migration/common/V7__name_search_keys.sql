-- Name search (GET /api/messages/search?name=). For each message and each office of this node that may read it,
-- keyed hashes (HMAC-SHA-256 with the node's own secret) of every prefix of every search key of each person in it.
-- No name is stored in clear: a query's tokens are hashed the same way and matched by equality.
CREATE TABLE name_search_keys (
    message_id VARCHAR(26) NOT NULL,
    direction  VARCHAR(8)  NOT NULL,
    office     VARCHAR(64) NOT NULL,
    person     INTEGER     NOT NULL,
    key_hash   CHAR(64)    NOT NULL,
    CONSTRAINT pk_name_search_keys PRIMARY KEY (message_id, direction, office, person, key_hash)
);
CREATE INDEX ix_name_search_keys_lookup ON name_search_keys (office, key_hash);

-- Messages whose persons are in name_search_keys (also those without persons), per reading office.
CREATE TABLE name_search_indexed (
    message_id VARCHAR(26)              NOT NULL,
    direction  VARCHAR(8)               NOT NULL,
    office     VARCHAR(64)              NOT NULL,
    indexed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_name_search_indexed PRIMARY KEY (message_id, direction, office)
);
