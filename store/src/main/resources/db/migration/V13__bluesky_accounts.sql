-- The Bluesky account each workspace acts as, connected with an app password (sealed with the
-- configured secret key), and the AT Protocol sessions Plaza holds, their tokens sealed the same way.
CREATE TABLE bluesky_accounts (
    workspace_id          bigint      PRIMARY KEY REFERENCES workspace ON DELETE CASCADE,
    did                   text        NOT NULL,
    handle                text        NOT NULL,
    pds_url               text        NOT NULL,
    app_password_sealed   bytea       NOT NULL,
    connected_at          timestamptz NOT NULL,
    connected_by          text        NOT NULL,
    last_error            text
);

CREATE TABLE atproto_sessions (
    did                   text        PRIMARY KEY,
    handle                text        NOT NULL,
    service               text        NOT NULL,
    access_jwt_sealed     bytea       NOT NULL,
    refresh_jwt_sealed    bytea       NOT NULL,
    updated_at            timestamptz NOT NULL
);

-- The posts Plaza made as a workspace's Bluesky account; they stay listed after it is disconnected.
CREATE TABLE bluesky_posts (
    id                    bigserial   PRIMARY KEY,
    workspace_id          bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    did                   text        NOT NULL,
    uri                   text        NOT NULL UNIQUE,
    cid                   text        NOT NULL,
    text                  text        NOT NULL,
    in_reply_to           text,
    posted_at             timestamptz NOT NULL,
    deleted_at            timestamptz
);
CREATE INDEX bluesky_posts_newest ON bluesky_posts (workspace_id, posted_at DESC, id DESC);
