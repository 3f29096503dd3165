-- Follows between Plaza's actors and accounts on other servers, both ways, and the inbound activity
-- ids already processed (ActivityPub servers retry; an activity is handled once).
CREATE TABLE follower (
    local_actor_id      bigint      NOT NULL REFERENCES local_actor ON DELETE CASCADE,
    remote_actor_uri    text        NOT NULL,
    remote_inbox        text        NOT NULL,
    remote_shared_inbox text,
    state               text        NOT NULL CHECK (state IN ('pending', 'accepted', 'rejected')),
    follow_activity_id  text        NOT NULL,
    since               timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (local_actor_id, remote_actor_uri)
);

CREATE TABLE following (
    local_actor_id      bigint      NOT NULL REFERENCES local_actor ON DELETE CASCADE,
    remote_actor_uri    text        NOT NULL,
    remote_inbox        text        NOT NULL,
    remote_shared_inbox text,
    state               text        NOT NULL CHECK (state IN ('pending', 'accepted', 'rejected')),
    follow_activity_id  text        NOT NULL UNIQUE,
    since               timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (local_actor_id, remote_actor_uri)
);
CREATE INDEX following_remote ON following (remote_actor_uri);

CREATE TABLE inbox_seen (
    activity_id text        PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
);
