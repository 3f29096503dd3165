-- Sentiment: each post's class and confidence, and the daily counts the dashboards read.
--
-- Posts are scored after they are stored, by Plaza's sentiment worker, so that scoring never holds
-- back listening. Whatever path stores or rewrites a post (streams, the inbox, imports, edits,
-- deletions), the statement triggers below queue it, in the same transaction. A queue rather than a
-- position in the activity ids: ids are handed out in blocks, so a lower id can commit after a
-- higher one has been scored.
CREATE TABLE sentiment_queue (
    -- no foreign key: a queued post deleted meanwhile is dropped by the worker, and the ingest's
    -- statements stay free of one more check per row
    activity_id bigint PRIMARY KEY
);

CREATE TABLE activity_sentiment (
    activity_id  bigint   PRIMARY KEY REFERENCES activity ON DELETE CASCADE,
    workspace_id bigint   NOT NULL,
    sentiment    smallint NOT NULL CHECK (sentiment BETWEEN 0 AND 2),  -- 0 negative, 1 neutral, 2 positive
    confidence   real     NOT NULL CHECK (confidence BETWEEN 0 AND 1)
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

CREATE FUNCTION plaza_queue_added_posts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sentiment_queue (activity_id)
    SELECT id FROM added WHERE kind IN ('post', 'reply', 'mention') AND text <> ''
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE FUNCTION plaza_queue_rewritten_posts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sentiment_queue (activity_id)
    SELECT n.id FROM after_update n JOIN before_update o ON o.id = n.id
    WHERE n.kind IN ('post', 'reply', 'mention') AND n.text IS DISTINCT FROM o.text
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER activity_queue_sentiment AFTER INSERT ON activity
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION plaza_queue_added_posts();
CREATE TRIGGER activity_requeue_sentiment AFTER UPDATE ON activity
    REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update
    FOR EACH STATEMENT EXECUTE FUNCTION plaza_queue_rewritten_posts();

-- Posts stored before this version are scored too.
INSERT INTO sentiment_queue (activity_id)
SELECT id FROM activity WHERE kind IN ('post', 'reply', 'mention') AND text <> '';
