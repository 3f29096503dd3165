-- The actors Plaza serves over ActivityPub. Private keys are sealed with the configured secret key.
CREATE TABLE local_actor (
    id                  bigserial PRIMARY KEY,
    workspace_id        bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    username            text        NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('organization', 'service', 'person', 'application')),
    display_name        text        NOT NULL,
    summary             text        NOT NULL DEFAULT '',
    rsa_public_key      bytea       NOT NULL,
    rsa_private_key     bytea       NOT NULL,
    ed25519_public_key  bytea       NOT NULL,
    ed25519_private_key bytea       NOT NULL,
    also_known_as       text[]      NOT NULL DEFAULT '{}',
    moved_to            text,
    created_at          timestamptz NOT NULL DEFAULT now()
);
-- acct: addresses are case-insensitive on the fediverse.
CREATE UNIQUE INDEX local_actor_username ON local_actor (lower(username));
