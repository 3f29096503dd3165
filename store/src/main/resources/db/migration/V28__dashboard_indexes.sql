-- What the dashboards need to answer within 100 ms at ten million activities (docs/benchmarks.md,
-- "Dashboards at ten million").
--
-- The Overview's totals counted the workspace's conversations and its open ones at every visit: 2.5
-- million index entries at ten million activities. Their counts by status are kept instead, in the
-- transaction that changes them: the ingest adds the conversations it starts (all open), a status change
-- moves one from its old status to the new (PgConversations), and a workspace's deletion takes its rows.
-- No check that a count stays positive: a status change writes both of its rows in one statement, in
-- the order of their status, so that two changes never wait for each other crosswise.
CREATE TABLE conversation_count (
    workspace_id bigint NOT NULL REFERENCES workspace ON DELETE CASCADE,
    status       text   NOT NULL,
    count        bigint NOT NULL,
    PRIMARY KEY (workspace_id, status)
);
INSERT INTO conversation_count (workspace_id, status, count)
SELECT workspace_id, status, count(*) FROM conversation GROUP BY workspace_id, status;
