-- A channel can be paused: its listener stops until the team resumes it. Each listening channel's
-- listener reports how it goes (what it is doing, when it last heard something, how far behind its
-- source it is, how much it brought, its last error), so Settings shows it from any process.
ALTER TABLE channel ADD COLUMN paused_at timestamptz;

CREATE TABLE channel_status (
    channel_id    bigint      PRIMARY KEY REFERENCES channel (id) ON DELETE CASCADE,
    workspace_id  bigint      NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    state         text        NOT NULL CHECK (state IN ('starting', 'listening', 'waiting', 'failing', 'stopped')),
    last_event_at timestamptz,
    lag_ms        bigint      CHECK (lag_ms >= 0),
    events        bigint      NOT NULL DEFAULT 0 CHECK (events >= 0),
    last_error    text        CHECK (length(last_error) <= 1000),
    last_error_at timestamptz,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX channel_status_workspace ON channel_status (workspace_id);
