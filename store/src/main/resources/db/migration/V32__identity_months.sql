-- A person's page from rollups: each identity's scored posts per calendar month (UTC) by sentiment and
-- advocacy, their replies to the brand's posts and the brand's replies to theirs, and how long the brand
-- took to reply to them. Per identity, not per person: people are merged and split, identities stay, and
-- a person's figures are the sums over their identities. Kept by the scoring worker by the difference,
-- as it keeps measure_daily (V26), with activity_sentiment.counted saying what each post added.
CREATE TABLE identity_month (
    identity_id      bigint  NOT NULL REFERENCES identity ON DELETE CASCADE,
    month            date    NOT NULL,
    negative         integer NOT NULL DEFAULT 0 CHECK (negative >= 0),
    neutral          integer NOT NULL DEFAULT 0 CHECK (neutral >= 0),
    positive         integer NOT NULL DEFAULT 0 CHECK (positive >= 0),
    recommendations  integer NOT NULL DEFAULT 0 CHECK (recommendations >= 0),
    answers          integer NOT NULL DEFAULT 0 CHECK (answers >= 0),
    replies_to_brand integer NOT NULL DEFAULT 0 CHECK (replies_to_brand >= 0),
    mentions         integer NOT NULL DEFAULT 0 CHECK (mentions >= 0),
    -- their posts replying to a post of the brand's (any author's, the brand's own included: counted 8)
    replied_to_brand integer NOT NULL DEFAULT 0 CHECK (replied_to_brand >= 0),
    -- the brand's replies to their posts, in the month of the reply (counted 16 on the brand's reply)
    brand_replied    integer NOT NULL DEFAULT 0 CHECK (brand_replied >= 0),
    PRIMARY KEY (identity_id, month)
);

-- How long the brand took to reply to each identity's posts: a histogram whose buckets are the response
-- times rounded to the second and, from 1,000 s on, to three significant figures (1,234 s is kept as
-- 1,230 s), so a median read from it is within half a second below 1,000 s and 0.5% above; a busy
-- identity has at most about 900 buckets a decade, however many replies.
CREATE TABLE identity_response (
    identity_id bigint  NOT NULL REFERENCES identity ON DELETE CASCADE,
    seconds     bigint  NOT NULL CHECK (seconds >= 0),
    replies     integer NOT NULL DEFAULT 0 CHECK (replies >= 0),
    PRIMARY KEY (identity_id, seconds)
);

-- The posts scored so far, counted as the worker counts them (dev.plaza.store.ScoreWrites): the brand's
-- own activities and the parent of each reply as UnansweredQuestions.brand tells them.
CREATE TEMPORARY TABLE v32_brand_identity AS
SELECT i.id FROM identity i
WHERE EXISTS (SELECT 1 FROM channel ch WHERE ch.workspace_id = i.workspace_id AND ch.kind = 'owned' AND ch.platform = i.platform
              AND (ch.handle = i.stable_id OR ltrim(lower(ch.handle), '@') = ltrim(lower(i.handle), '@')))
   OR EXISTS (SELECT 1 FROM bluesky_accounts b WHERE b.workspace_id = i.workspace_id AND i.platform = 'bluesky' AND b.did = i.stable_id);

CREATE TEMPORARY TABLE v32_post AS
SELECT s.activity_id, a.author_identity_id, a.at, s.sentiment, v.advocacy, p.author_identity_id AS parent_identity, p.at AS parent_at,
       coalesce(p.author_identity_id IN (SELECT id FROM v32_brand_identity) OR p.uri IN (SELECT uri FROM local_post)
                OR (p.workspace_id, p.uri) IN (SELECT workspace_id, uri FROM bluesky_posts), false) AS replied_to_brand,
       (a.author_identity_id IN (SELECT id FROM v32_brand_identity) OR a.uri IN (SELECT uri FROM local_post)
        OR (a.workspace_id, a.uri) IN (SELECT workspace_id, uri FROM bluesky_posts))
           AND p.deleted_at IS NULL AND p.conversation_id = a.conversation_id AS brand_replied
FROM activity_sentiment s
JOIN activity a ON a.id = s.activity_id
LEFT JOIN activity_advocacy v ON v.activity_id = s.activity_id
LEFT JOIN activity p ON p.workspace_id = a.workspace_id AND p.uri = a.in_reply_to_uri;

UPDATE activity_sentiment s SET counted = s.counted | (p.replied_to_brand::int << 3) | (coalesce(p.brand_replied, false)::int << 4)
FROM v32_post p WHERE p.activity_id = s.activity_id AND (p.replied_to_brand OR p.brand_replied);

INSERT INTO identity_month (identity_id, month, negative, neutral, positive, recommendations, answers, replies_to_brand, mentions,
                            replied_to_brand, brand_replied)
SELECT identity_id, month, sum(negative), sum(neutral), sum(positive), sum(recommendations), sum(answers), sum(replies_to_brand),
       sum(mentions), sum(replied_to_brand), sum(brand_replied)
FROM (SELECT author_identity_id AS identity_id, date_trunc('month', at AT TIME ZONE 'UTC')::date AS month,
             (sentiment = 0)::int AS negative, (sentiment = 1)::int AS neutral, (sentiment = 2)::int AS positive,
             coalesce(advocacy = 0, false)::int AS recommendations, coalesce(advocacy = 1, false)::int AS answers,
             coalesce(advocacy = 2, false)::int AS replies_to_brand, coalesce(advocacy = 3, false)::int AS mentions,
             replied_to_brand::int AS replied_to_brand, 0 AS brand_replied
      FROM v32_post
      UNION ALL
      SELECT parent_identity, date_trunc('month', at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0, 0, 0, 0, 1
      FROM v32_post WHERE brand_replied) counts
GROUP BY identity_id, month;

INSERT INTO identity_response (identity_id, seconds, replies)
SELECT parent_identity, CASE WHEN s < 1000 THEN s ELSE (s + step / 2) / step * step END, count(*)
FROM (SELECT parent_identity, s, (10 ^ (length(s::text) - 3))::bigint AS step
      FROM (SELECT parent_identity, ((extract(epoch FROM at - parent_at) * 1000000)::bigint + 500000) / 1000000 AS s
            FROM v32_post WHERE brand_replied AND at >= parent_at) r) b
GROUP BY 1, 2;

DROP TABLE v32_post, v32_brand_identity;
