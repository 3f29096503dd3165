-- The dashboards' daily measures of each scope: the whole community ('all'), each platform
-- ('platform:bluesky'), community ('community:12') and channel ('channel:3'). One row per scope and day
-- holds every measure of that day's scored posts, so a dashboard reads a year of any scope in one
-- index range (365 rows) and never counts activities. The scoring worker keeps them by the difference
-- as posts are scored, rescored and deleted (see dev.plaza.core.measures.MeasureDay).
CREATE TABLE measure_daily (
    workspace_id     bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    scope            text   NOT NULL CHECK (scope ~ '^(all|platform:[a-z]+|community:[0-9]+|channel:[0-9]+)$'),
    day              date   NOT NULL,
    negative         bigint NOT NULL DEFAULT 0 CHECK (negative >= 0),
    neutral          bigint NOT NULL DEFAULT 0 CHECK (neutral >= 0),
    positive         bigint NOT NULL DEFAULT 0 CHECK (positive >= 0),
    recommendations  bigint NOT NULL DEFAULT 0 CHECK (recommendations >= 0),
    answers          bigint NOT NULL DEFAULT 0 CHECK (answers >= 0),
    replies_to_brand bigint NOT NULL DEFAULT 0 CHECK (replies_to_brand >= 0),
    mentions         bigint NOT NULL DEFAULT 0 CHECK (mentions >= 0),
    -- the brand's own replies to people's posts: the other half of a relationship
    brand_replies    bigint NOT NULL DEFAULT 0 CHECK (brand_replies >= 0),
    -- posts carrying one of the goal's keywords or hashtags, and those of them by the brand or naming
    -- it: the brand's share of the conversation about its goal
    goal_posts       bigint NOT NULL DEFAULT 0 CHECK (goal_posts >= 0),
    goal_brand_posts bigint NOT NULL DEFAULT 0 CHECK (goal_brand_posts >= 0),
    PRIMARY KEY (workspace_id, scope, day)
);

-- What a scored post added to the measures besides its sentiment and advocacy, to take it away again
-- exactly: 1 a reply of the brand's to someone else, 2 a post about the goal, 4 a post by the brand.
ALTER TABLE activity_sentiment ADD COLUMN counted smallint NOT NULL DEFAULT 0;

-- The oldest negative post of each conversation that someone other than the brand wrote and the brand
-- has not answered since (posted after it in the conversation): the inbox puts the conversations
-- waiting for the brand first, and one waiting past the answer window is a critical thread. Kept by the
-- scoring worker, the one writer of this table, so it never waits on the ingest's conversation rows.
ALTER TABLE conversation_sentiment ADD COLUMN awaiting_since timestamptz,
                                   ADD COLUMN awaiting_activity_id bigint;
CREATE INDEX conversation_awaiting ON conversation_sentiment (awaiting_since, conversation_id) WHERE awaiting_since IS NOT NULL;

-- The posts scored so far, counted as V25's daily tables counted them (by sentiment and advocacy) …
INSERT INTO measure_daily (workspace_id, scope, day, negative, neutral, positive, recommendations, answers,
                           replies_to_brand, mentions)
SELECT a.workspace_id,
       CASE WHEN GROUPING(a.platform) = 0 THEN 'platform:' || a.platform
            WHEN GROUPING(a.community_id) = 0 THEN 'community:' || a.community_id
            WHEN GROUPING(a.channel_id) = 0 THEN 'channel:' || a.channel_id
            ELSE 'all' END,
       (a.at AT TIME ZONE 'UTC')::date,
       count(*) FILTER (WHERE s.sentiment = 0), count(*) FILTER (WHERE s.sentiment = 1),
       count(*) FILTER (WHERE s.sentiment = 2), count(*) FILTER (WHERE v.advocacy = 0),
       count(*) FILTER (WHERE v.advocacy = 1), count(*) FILTER (WHERE v.advocacy = 2),
       count(*) FILTER (WHERE v.advocacy = 3)
FROM activity_sentiment s
JOIN activity a ON a.id = s.activity_id
LEFT JOIN activity_advocacy v ON v.activity_id = s.activity_id
GROUP BY GROUPING SETS ((a.workspace_id, (a.at AT TIME ZONE 'UTC')::date),
                        (a.workspace_id, (a.at AT TIME ZONE 'UTC')::date, a.platform),
                        (a.workspace_id, (a.at AT TIME ZONE 'UTC')::date, a.community_id),
                        (a.workspace_id, (a.at AT TIME ZONE 'UTC')::date, a.channel_id))
HAVING NOT (GROUPING(a.community_id) = 0 AND a.community_id IS NULL)
   AND NOT (GROUPING(a.channel_id) = 0 AND a.channel_id IS NULL);

-- … and scored again, which adds the brand's replies and the goal's posts (counted 0 above), and finds
-- the conversations waiting for the brand, as the worker takes them.
INSERT INTO scoring_queue (activity_id) SELECT activity_id FROM activity_sentiment ON CONFLICT DO NOTHING;

DROP TABLE sentiment_daily;
DROP TABLE advocacy_daily;
