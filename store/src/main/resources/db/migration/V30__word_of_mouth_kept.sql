-- How far a period's recommendations travelled, kept by a background job: walking every cascade of a
-- year at ten million activities takes seconds, so the Advocates page and the monthly report read the
-- totals the job keeps (the twelve months up to the newest recommendation, and each month of them).
-- People reached is a count of distinct people over the period, so months do not add up to the year:
-- each span is walked on its own.
CREATE TABLE word_of_mouth_kept (
    workspace_id    bigint      NOT NULL REFERENCES workspace ON DELETE CASCADE,
    span            text        NOT NULL CHECK (span IN ('year', 'month')),
    first_day       date        NOT NULL,
    last_day        date        NOT NULL CHECK (last_day >= first_day),
    recommendations bigint      NOT NULL,
    echoes          bigint      NOT NULL,
    people_reached  bigint      NOT NULL,
    kept_at         timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, span, first_day, last_day)
);
CREATE INDEX word_of_mouth_kept_latest ON word_of_mouth_kept (workspace_id, span, kept_at DESC);
