package dev.plaza.store;

import org.jdbi.v3.core.Handle;

/** A workspace's conversations by status (V28), kept as the ingest starts them and the team changes their status. */
final class ConversationCounts {

    /** Adds {@code :n} new conversations, all open, to workspace {@code :w}. */
    static final String ADD_OPEN = """
            INSERT INTO conversation_count (workspace_id, status, count) VALUES (:w, 'open', :n)
            ON CONFLICT (workspace_id, status) DO UPDATE SET count = conversation_count.count + excluded.count""";

    private ConversationCounts() {
    }

    /** One conversation moved from status {@code from} to {@code to}: both rows in one statement, in the order of their status. */
    static void move(Handle handle, long workspaceId, String from, String to) {
        if (from.equals(to)) {
            return;
        }
        handle.createUpdate("""
                        INSERT INTO conversation_count (workspace_id, status, count)
                        SELECT :w, s, d FROM (VALUES (:from, -1), (:to, 1)) AS v(s, d) ORDER BY s
                        ON CONFLICT (workspace_id, status) DO UPDATE SET count = conversation_count.count + excluded.count""")
                .bind("w", workspaceId).bind("from", from).bind("to", to).execute();
    }
}
