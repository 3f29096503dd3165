-- Reports (ActivityPub Flag) other servers sent about a workspace's accounts and posts. A report is
-- stored once per workspace however often it is delivered (uri: the Flag's id). Only the workspace's
-- own accounts and posts are kept in accounts and posts; the reason is plain text. A team member (or
-- an API token) resolves it: resolved_by is the name shown, kept as it was then.
CREATE TABLE report (
    id              bigserial   PRIMARY KEY,
    workspace_id    bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    uri             text        NOT NULL,
    reporter_uri    text        NOT NULL,
    reporter_handle text        NOT NULL,
    accounts        text[]      NOT NULL DEFAULT '{}',
    posts           text[]      NOT NULL DEFAULT '{}',
    reason          text        NOT NULL DEFAULT '',
    received_at     timestamptz NOT NULL,
    resolved_at     timestamptz,
    resolved_by     text,
    UNIQUE (workspace_id, uri),
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE INDEX report_newest ON report (workspace_id, received_at DESC, id DESC);
