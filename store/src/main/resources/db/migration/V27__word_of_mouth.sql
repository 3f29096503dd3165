-- Word of mouth: which activity carries which further (dev.plaza.core.wordofmouth.EchoKind), so that
-- how far a recommendation travelled is a walk down from it over these edges, indexed by the post
-- echoed. The edges cannot be found from the activities alone without a scan: activity.target_uri and
-- in_reply_to_uri are not indexed for quotes and replies, and an index on the hot table would cost
-- every listener's write, where an edge costs only the echoes whose source is stored.
--
-- The ingest (IngestRun, the one place activities are inserted) writes an edge in the transaction that
-- stores the echo: for each new repost, quote or reply whose source is stored already or comes earlier
-- in the same batch. A source that arrives after its echoes is not linked to them (finding them then
-- would need that index), and neither is one later in the same batch: every edge points to an activity
-- stored before the echo, so the edges never form a cycle.
CREATE TABLE activity_echo (
    -- the activity echoed
    source_id   bigint   NOT NULL REFERENCES activity ON DELETE CASCADE,
    -- the repost, quote or reply
    activity_id bigint   NOT NULL REFERENCES activity ON DELETE CASCADE,
    kind        smallint NOT NULL CHECK (kind BETWEEN 0 AND 2),  -- 0 repost, 1 quote, 2 reply
    PRIMARY KEY (source_id, activity_id)
);
-- Deleting an activity finds the edges it is the echo in.
CREATE INDEX activity_echo_activity ON activity_echo (activity_id);

-- The echoes of the activities stored before this version, linked as the ingest would have: a source
-- stored after its echo (a higher id) is left out here too. A reply that quotes its own parent is a quote.
INSERT INTO activity_echo (source_id, activity_id, kind)
SELECT DISTINCT ON (s.id, a.id) s.id, a.id, c.kind
FROM activity a
CROSS JOIN LATERAL (VALUES
    (CASE WHEN a.kind = 'repost' THEN a.target_uri END, 0::smallint),
    (CASE WHEN a.kind IN ('post', 'reply', 'mention') THEN a.target_uri END, 1::smallint),
    (CASE WHEN a.kind IN ('post', 'reply', 'mention') THEN a.in_reply_to_uri END, 2::smallint)) AS c(source_uri, kind)
JOIN activity s ON s.workspace_id = a.workspace_id AND s.uri = c.source_uri
WHERE (a.target_uri IS NOT NULL OR a.in_reply_to_uri IS NOT NULL) AND c.source_uri IS NOT NULL AND s.id < a.id
ORDER BY s.id, a.id, c.kind;
