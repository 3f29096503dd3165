package dev.plaza.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * A post taken from the sentiment queue, as it is now: gone, emptied or not a post any more
 * ({@code scorable} false), and the class it was scored as before, if it was.
 */
record QueuedPost(long activityId, boolean scorable, long workspaceId, String platform, Instant at, String text,
                  Optional<Integer> previous) {

    static QueuedPost read(ResultSet rs) throws SQLException {
        boolean scorable = rs.getBoolean("scorable");
        int scored = rs.getInt("scored");
        Optional<Integer> previous = rs.wasNull() ? Optional.empty() : Optional.of(scored);
        return new QueuedPost(rs.getLong("activity_id"), scorable, rs.getLong("workspace_id"), rs.getString("platform"),
                rs.getTimestamp("at") == null ? null : rs.getTimestamp("at").toInstant(), rs.getString("text"), previous);
    }
}
