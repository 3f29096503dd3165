-- Moving between servers: each actor's moves out (and their undoing) and the verified moves in, and
-- the followers of an old account that the brand expects to follow it here once that account moved.
CREATE TABLE actor_move (
    id               bigserial   PRIMARY KEY,
    local_actor_id   bigint      NOT NULL REFERENCES local_actor ON DELETE CASCADE,
    direction        text        NOT NULL CHECK (direction IN ('in', 'out', 'undone')),
    remote_actor_uri text        NOT NULL,
    activity_id      text        UNIQUE,
    at               timestamptz NOT NULL
);
CREATE INDEX actor_move_actor ON actor_move (local_actor_id, at DESC);

CREATE TABLE expected_follower (
    local_actor_id bigint      NOT NULL REFERENCES local_actor ON DELETE CASCADE,
    old_account    text        NOT NULL,
    follower_uri   text        NOT NULL,
    added_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (local_actor_id, old_account, follower_uri)
);
