-- What Plaza's own actors publish. A post's id is chosen by Plaza before it is stored (ids grow
-- with time), so its URI and the documents that carry it exist before the transaction that keeps
-- them: the post, its deliveries and its record in the community commit together.
CREATE TABLE local_post (
    id              bigint      PRIMARY KEY,
    local_actor_id  bigint      NOT NULL REFERENCES local_actor ON DELETE CASCADE,
    uri             text        NOT NULL UNIQUE,
    visibility      text        NOT NULL CHECK (visibility IN ('public', 'unlisted', 'followers', 'direct')),
    source          text        NOT NULL,
    content         text        NOT NULL,
    content_warning text,
    language        text,
    in_reply_to     text,
    -- Resolved when the post was written: the actors mentioned and the handles the text used, in step.
    mention_uris    text[]      NOT NULL DEFAULT '{}',
    mention_handles text[]      NOT NULL DEFAULT '{}',
    hashtags        text[]      NOT NULL DEFAULT '{}',
    poll_options    text[],
    poll_multiple   boolean     NOT NULL DEFAULT false,
    poll_closes_at  timestamptz,
    published       timestamptz NOT NULL,
    updated         timestamptz,
    deleted_at      timestamptz,
    CHECK ((poll_options IS NULL) = (poll_closes_at IS NULL))
);
CREATE INDEX local_post_actor ON local_post (local_actor_id, id DESC);

-- Likes and boosts by Plaza's actors of posts anywhere; an undone one keeps its row.
CREATE TABLE local_reaction (
    id              bigint      PRIMARY KEY,
    local_actor_id  bigint      NOT NULL REFERENCES local_actor ON DELETE CASCADE,
    uri             text        NOT NULL UNIQUE,
    type            text        NOT NULL CHECK (type IN ('like', 'announce')),
    object_uri      text        NOT NULL,
    object_author   text        NOT NULL,
    at              timestamptz NOT NULL,
    undone_at       timestamptz
);
-- One live like and one live boost per actor and post.
CREATE UNIQUE INDEX local_reaction_live ON local_reaction (local_actor_id, type, object_uri) WHERE undone_at IS NULL;
CREATE INDEX local_reaction_actor ON local_reaction (local_actor_id, id DESC);

-- Votes on Plaza's polls, from remote Create{Note name=choice} replies. A single-choice poll takes
-- one vote per voter; a multiple-choice poll one per voter and option.
CREATE TABLE poll_vote (
    post_id     bigint      NOT NULL REFERENCES local_post ON DELETE CASCADE,
    voter_uri   text        NOT NULL,
    choice      text        NOT NULL,
    activity_id text        NOT NULL UNIQUE,
    at          timestamptz NOT NULL,
    PRIMARY KEY (post_id, voter_uri, choice)
);

-- Likes and boosts of a post are counted by their target.
CREATE INDEX activity_reaction_target ON activity (workspace_id, target_uri) WHERE kind IN ('like', 'repost');
