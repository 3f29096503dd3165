package dev.plaza.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The word of mouth of a {@link MeasureFill}ed workspace (V27): for each recommendation up to three
 * reposts and, for about one in four, a quote (new activities by other authors, minutes later, in no
 * conversation), and the edges the ingest would have written — each repost and quote to its
 * recommendation, each reply to its parent when the parent was stored first, as {@code EchoLinks} links them.
 * The cascades the ingest keeps from the edges (V31) are kept by the same triggers here.
 */
final class EchoFill {

    private final Statement sql;
    private final long workspace;

    EchoFill(Statement sql, long workspace) {
        this.sql = sql;
        this.workspace = workspace;
    }

    /** Reads {@code bench_post}; adds the echoes to {@code activity} and the edges to {@code activity_echo}. */
    void fill() throws SQLException {
        MeasureFill.step(sql, "reposts and quotes", """
                WITH first AS (SELECT min(id) AS id FROM identity WHERE workspace_id = %1$d),
                echo AS (
                    INSERT INTO activity (workspace_id, uri, platform, kind, author_identity_id, community_id, channel_id, at, text,
                                          language, target_uri, url)
                    SELECT r.workspace_id, 'https://bench.example/echoes/' || r.id || '/' || n, r.platform,
                           CASE WHEN n = 0 THEN 'post' ELSE 'repost' END,
                           first.id + 1 + abs(hashint8extended(r.id, 10 + n) %% %2$d), r.community_id, r.channel_id,
                           r.at + (n * 7 + 1) * interval '1 minute',
                           CASE WHEN n = 0 THEN 'Quoting this: worth a look for anyone who builds in the open' ELSE '' END,
                           CASE WHEN n = 0 THEN 'en' END, s.uri, 'https://bench.example/echoes/' || r.id || '/' || n
                    FROM bench_post r JOIN activity s ON s.id = r.id CROSS JOIN first
                    CROSS JOIN generate_series(0, 3) n
                    WHERE r.advocacy = 0 AND (n = 0 AND r.d_advocacy %% 5 = 0 OR n BETWEEN 1 AND r.d_advocacy %% 4)
                    ORDER BY r.at, n
                    RETURNING id, kind, target_uri)
                INSERT INTO activity_echo (source_id, activity_id, kind)
                SELECT s.id, e.id, CASE WHEN e.kind = 'repost' THEN 0 ELSE 1 END
                FROM echo e JOIN activity s ON s.workspace_id = %1$d AND s.uri = e.target_uri""".formatted(workspace, ScaleFill.AUTHORS - 1));
        MeasureFill.step(sql, "replies linked", """
                INSERT INTO activity_echo (source_id, activity_id, kind)
                SELECT parent_id, id, 2 FROM bench_post WHERE parent_id IS NOT NULL AND parent_id < id""");
    }

    /** The newest activity id of the workspace, before the echoes. */
    static long lastId(Statement sql, long workspace) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT coalesce(max(id), 0) FROM activity WHERE workspace_id = " + workspace)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
