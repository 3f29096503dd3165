-- Engagement in the style of the Orbit model: each person's love (their activity, weighted by kind)
-- and reach (how many different people turned to them: replies, reposts, quotes, mentions) per month,
-- the level their love over the last three months puts them at, the movement between levels, the
-- retention of each month's newcomers, and the relationship with the brand month by month.
--
-- Kept by a background job (dev.plaza.core.engagement.Engagement#recompute), not by the ingest: a month
-- is read again only when its count of activities in activity_daily (which the ingest keeps) has
-- changed since the job last read it, so a stream touches the current month alone, and the months after
-- it are levelled again. The dashboards read these tables, never the activities.

-- What each month's activities numbered when the job last read them.
CREATE TABLE engagement_source (
    workspace_id bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    month        date   NOT NULL,
    activities   bigint NOT NULL,
    PRIMARY KEY (workspace_id, month)
);

CREATE TABLE person_month (
    workspace_id bigint  NOT NULL REFERENCES workspace ON DELETE CASCADE,
    month        date    NOT NULL,
    person_id    bigint  NOT NULL REFERENCES person ON DELETE CASCADE,
    activities   integer NOT NULL,
    love         real    NOT NULL,
    reach        integer NOT NULL,
    -- their posts for the brand (replies to it, mentions, recommendations) and the brand's replies to them
    to_brand     integer NOT NULL,
    from_brand   integer NOT NULL,
    PRIMARY KEY (workspace_id, month, person_id)
);
CREATE INDEX person_month_person ON person_month (person_id, month);

-- Each person's level in a month, from their love and reach over the three months up to it.
CREATE TABLE engagement_level (
    workspace_id bigint   NOT NULL REFERENCES workspace ON DELETE CASCADE,
    month        date     NOT NULL,
    person_id    bigint   NOT NULL REFERENCES person ON DELETE CASCADE,
    level        smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
    love         real     NOT NULL,
    reach        integer  NOT NULL,
    PRIMARY KEY (workspace_id, month, person_id)
);
CREATE INDEX engagement_level_person ON engagement_level (person_id, month);
-- The people with the most gravity (love times reach) in a month.
CREATE INDEX engagement_level_gravity ON engagement_level (workspace_id, month, (love * greatest(reach, 1)) DESC);

-- How many people went from one level to another between a month and the one before (level 0: not active).
CREATE TABLE engagement_flow (
    workspace_id bigint   NOT NULL REFERENCES workspace ON DELETE CASCADE,
    month        date     NOT NULL,
    from_level   smallint NOT NULL CHECK (from_level BETWEEN 0 AND 4),
    to_level     smallint NOT NULL CHECK (to_level BETWEEN 0 AND 4),
    people       bigint   NOT NULL,
    PRIMARY KEY (workspace_id, month, from_level, to_level)
);

-- The whole community's relationship with the brand, month by month.
CREATE TABLE engagement_month (
    workspace_id      bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    month             date   NOT NULL,
    active            bigint NOT NULL,
    newcomers         bigint NOT NULL,
    turned_to_brand   bigint NOT NULL,
    answered_by_brand bigint NOT NULL,
    to_brand          bigint NOT NULL,
    from_brand        bigint NOT NULL,
    -- how long the brand took to reply to people that month, the median of its replies (null: none)
    median_response_seconds real,
    PRIMARY KEY (workspace_id, month)
);

-- Of the people first active in a month (their cohort), how many were active in each month since.
CREATE TABLE retention_cohort (
    workspace_id bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    cohort       date   NOT NULL,
    month        date   NOT NULL,
    people       bigint NOT NULL,
    PRIMARY KEY (workspace_id, cohort, month)
);
