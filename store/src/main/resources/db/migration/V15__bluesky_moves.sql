-- A workspace's Bluesky account moving to another PDS, one move per workspace at a time: how far it
-- has come (the steps' state as JSON, which holds no secret), and the passwords the remaining steps
-- need, sealed with the configured secret key and forgotten when the move completes or is cancelled.
CREATE TABLE bluesky_moves (
    workspace_id              bigint      PRIMARY KEY REFERENCES workspace ON DELETE CASCADE,
    did                       text        NOT NULL,
    old_pds_url               text        NOT NULL,
    new_pds_url               text        NOT NULL,
    new_handle                text        NOT NULL,
    email                     text        NOT NULL,
    state                     text        NOT NULL,
    account_password_sealed   bytea,
    new_password_sealed       bytea,
    invite_code_sealed        bytea,
    started_at                timestamptz NOT NULL,
    started_by                text        NOT NULL,
    updated_at                timestamptz NOT NULL,
    completed_at              timestamptz,
    last_error                text,
    CHECK ((completed_at IS NULL) = (account_password_sealed IS NOT NULL AND new_password_sealed IS NOT NULL))
);
