-- Each RSS or Atom feed a workspace listens to (a listening channel), and how polling it goes: the
-- validators for conditional GETs, when it was polled and is next due, the last error and how many
-- polls in a row failed (for backing off), and how many items it has brought. Written in the
-- transaction that stores the items of the poll.
CREATE TABLE feed_sources (
    workspace_id   bigint      NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    channel_id     bigint      NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    url            text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    etag           text,
    last_modified  text,
    last_polled_at timestamptz,
    next_poll_at   timestamptz NOT NULL,
    last_error     text,
    failures       integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    items_seen     bigint      NOT NULL DEFAULT 0 CHECK (items_seen >= 0),
    PRIMARY KEY (workspace_id, channel_id)
);
