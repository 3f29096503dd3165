package dev.plaza.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * A post taken from the sentiment queue, as it is now: gone, emptied or not a post any more
 * ({@code scorable} false), its conversation, and how it was counted before, if it was.
 */
record QueuedPost(long activityId, boolean scorable, long workspaceId, String platform, Instant at, String text,
                  Optional<Long> conversationId, Optional<Counted> previous) {

    /** The class a post was counted in, and the conversation whose counts include it. */
    record Counted(int sentiment, Optional<Long> conversationId) {
    }

    static QueuedPost read(ResultSet rs) throws SQLException {
        int scored = rs.getInt("scored");
        Optional<Counted> previous = rs.wasNull() ? Optional.empty()
                : Optional.of(new Counted(scored, optionalLong(rs, "scored_conversation")));
        return new QueuedPost(rs.getLong("activity_id"), rs.getBoolean("scorable"), rs.getLong("workspace_id"),
                rs.getString("platform"), rs.getTimestamp("at") == null ? null : rs.getTimestamp("at").toInstant(),
                rs.getString("text"), optionalLong(rs, "conversation_id"), previous);
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
