-- Scoring: each post's sentiment (class and confidence) and what it does for the brand (advocacy),
-- and the daily, per-conversation and per-advocate counts the dashboards and the inbox read.
--
-- Posts are scored after they are stored, by Plaza's scoring worker, so that scoring never holds
-- back listening. A post is queued in the transaction that stores it (by the ingest, the one place
-- activities are inserted: a trigger capturing every inserted row cost the listeners' writer 2.5%)
-- or rewrites it (by the trigger below: edits, deletions, a thread joined to its root later). A
-- queue rather than a position in the activity ids: ids are handed out in blocks, so a lower id can
-- commit after a higher one has been scored.
CREATE TABLE scoring_queue (
    -- no foreign key: a queued post deleted meanwhile is dropped by the worker, and the ingest's
    -- statements stay free of one more check per row
    activity_id bigint   PRIMARY KEY,
    -- rounds that failed with this post in them: a post that keeps failing goes to the back, then is left
    attempts    smallint NOT NULL DEFAULT 0
);
CREATE INDEX scoring_queue_turn ON scoring_queue (attempts, activity_id);

CREATE TABLE activity_sentiment (
    activity_id     bigint   PRIMARY KEY REFERENCES activity ON DELETE CASCADE,
    workspace_id    bigint   NOT NULL,
    sentiment       smallint NOT NULL CHECK (sentiment BETWEEN 0 AND 2),  -- 0 negative, 1 neutral, 2 positive
    confidence      real     NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    -- the conversation whose counts include this post, to take it out again when it moves or changes
    conversation_id bigint
);
-- The inbox's sentiment filter: the negative (or positive) posts of a workspace.
CREATE INDEX activity_sentiment_class ON activity_sentiment (workspace_id, sentiment, activity_id);

-- Posts per day, platform and class, kept as posts are scored, rescored and deleted.
CREATE TABLE sentiment_daily (
    workspace_id bigint   NOT NULL REFERENCES workspace ON DELETE CASCADE,
    day          date     NOT NULL,
    platform     text     NOT NULL,
    sentiment    smallint NOT NULL CHECK (sentiment BETWEEN 0 AND 2),
    count        bigint   NOT NULL CHECK (count >= 0),
    PRIMARY KEY (workspace_id, day, platform, sentiment)
);

-- Each conversation's posts per class: the inbox finds the conversations with a negative post here.
CREATE TABLE conversation_sentiment (
    conversation_id bigint  PRIMARY KEY REFERENCES conversation ON DELETE CASCADE,
    negative        integer NOT NULL DEFAULT 0 CHECK (negative >= 0),
    neutral         integer NOT NULL DEFAULT 0 CHECK (neutral >= 0),
    positive        integer NOT NULL DEFAULT 0 CHECK (positive >= 0)
);

CREATE FUNCTION plaza_queue_rewritten_posts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO scoring_queue (activity_id)
    SELECT n.id FROM after_update n JOIN before_update o ON o.id = n.id
    WHERE n.kind IN ('post', 'reply', 'mention')
      AND (n.text IS DISTINCT FROM o.text OR n.conversation_id IS DISTINCT FROM o.conversation_id)
    -- a post rewritten is a new chance: one the worker had given up on is taken again
    ON CONFLICT (activity_id) DO UPDATE SET attempts = 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER activity_requeue_sentiment AFTER UPDATE ON activity
    REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update
    FOR EACH STATEMENT EXECUTE FUNCTION plaza_queue_rewritten_posts();

-- What a post does for the brand, when it names it or replies to it (see dev.plaza.core.advocacy.Advocacy):
-- 0 recommendation, 1 answer, 2 reply to the brand, 3 mention.
CREATE TABLE activity_advocacy (
    activity_id  bigint   PRIMARY KEY REFERENCES activity ON DELETE CASCADE,
    workspace_id bigint   NOT NULL,
    advocacy     smallint NOT NULL CHECK (advocacy BETWEEN 0 AND 3),
    evidence     text,
    -- the author whose advocate counts include this post
    identity_id  bigint   NOT NULL
);
-- The advocates page: a workspace's recommendations and answers (a few posts among many).
CREATE INDEX activity_advocacy_kind ON activity_advocacy (workspace_id, advocacy);

CREATE TABLE advocacy_daily (
    workspace_id bigint   NOT NULL REFERENCES workspace ON DELETE CASCADE,
    day          date     NOT NULL,
    platform     text     NOT NULL,
    advocacy     smallint NOT NULL CHECK (advocacy BETWEEN 0 AND 3),
    count        bigint   NOT NULL CHECK (count >= 0),
    PRIMARY KEY (workspace_id, day, platform, advocacy)
);

-- Each identity's unprompted recommendations and answers with the brand; people are their identities'.
CREATE TABLE advocate (
    identity_id     bigint      PRIMARY KEY REFERENCES identity ON DELETE CASCADE,
    workspace_id    bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    recommendations integer     NOT NULL DEFAULT 0 CHECK (recommendations >= 0),
    answers         integer     NOT NULL DEFAULT 0 CHECK (answers >= 0),
    last_at         timestamptz
);
CREATE INDEX advocate_workspace ON advocate (workspace_id, (recommendations + answers) DESC) WHERE recommendations + answers > 0;

-- Where a workspace's alerts are posted (a team's chat or incident tool), and which alerts went out.
CREATE TABLE alert_webhook (
    workspace_id bigint      PRIMARY KEY REFERENCES workspace ON DELETE CASCADE,
    url          text        NOT NULL CHECK (url ~ '^https?://'),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE alert_sent (
    workspace_id bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    key          text        NOT NULL,
    sent_at      timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, key)
);

-- The people who lead the whole workspace's conversation (scope 0) and each community's (scope = its
-- id), ranked periodically by PageRank over who turned to whom, with the evidence.
CREATE TABLE leader (
    workspace_id bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    scope        bigint      NOT NULL,
    person_id    bigint      NOT NULL REFERENCES person ON DELETE CASCADE,
    rank         integer     NOT NULL CHECK (rank >= 1),
    score        real        NOT NULL,
    repliers     integer     NOT NULL,
    mentioners   integer     NOT NULL,
    boosters     integer     NOT NULL,
    ranked_at    timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, scope, person_id)
);
CREATE INDEX leader_rank ON leader (workspace_id, scope, rank);

-- Posts stored before this version are scored too.
INSERT INTO scoring_queue (activity_id)
SELECT id FROM activity WHERE kind IN ('post', 'reply', 'mention') AND text <> '';
