package dev.plaza.bench;

import dev.plaza.store.PlazaStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes, directly in SQL, what Plaza's scoring worker and periodic jobs would have written over a
 * {@link ScaleFill}ed workspace, for measuring the dashboards at scale: scoring ten million posts
 * through the worker would take hours, and the benchmark measures reading. The rows are the worker's
 * (V25–V27), derived as the worker derives them, with each post's reading drawn from a hash of its id:
 *
 * <ul>
 *   <li>goal matches ({@code activity_match_reason}) on one activity in twenty, as a listener keeps them;</li>
 *   <li>each post's sentiment (20% negative, 45% neutral, 35% positive) and what it counted besides
 *       ({@code counted}: a reply of the brand's to someone else's post, a post on the goal, one by the brand, a reply
 *       to the brand's post, the brand's answer to any post),
 *       the brand being the identities of its owned channels (the bench store has no local or Bluesky posts);</li>
 *   <li>its advocacy: every reply to the brand's post; about 1% recommendations and 0.5% answers among the
 *       posts that are not negative; 4% mentions; none for the brand's own;</li>
 *   <li>echoes ({@link EchoFill}): reposts and quotes of the recommendations, and each reply linked to its parent;</li>
 *   <li>the daily measures of every scope, grouped as V26's backfill groups them, with the brand's replies and
 *       the goal's posts that the worker adds; each conversation's counts and the post that has waited longest
 *       for the brand ({@code AwaitingBrand}'s rule); each advocate's counts; the daily activity counts the
 *       ingest keeps; each identity's months and the brand's response times to it (V32).</li>
 * </ul>
 * The leaders are ranked by the real job afterwards (see {@link DashboardBenchmark}).
 */
final class MeasureFill {

    /** The posts a scoring round would read, with the reading drawn for each; {@code %s} narrows them. */
    private static final String POSTS = """
            SELECT x.*, r.sentiment,
                   CASE WHEN x.by_brand THEN NULL WHEN x.parent_by_brand THEN 2
                        WHEN r.sentiment > 0 AND x.d_advocacy < 13 THEN 0
                        WHEN r.sentiment > 0 AND x.kind = 'reply' AND x.d_advocacy < 20 THEN 1
                        WHEN x.d_advocacy BETWEEN 20 AND 59 THEN 3 END::smallint AS advocacy,
                   ((x.by_brand AND x.parent_id IS NOT NULL AND NOT x.parent_by_brand)::int
                    | (x.on_goal::int << 1) | (x.by_brand::int << 2) | (x.parent_by_brand::int << 3)
                    | ((x.by_brand AND x.parent_answerable)::int << 4))::smallint AS counted
            FROM (SELECT a.id, a.workspace_id, a.platform, a.community_id, a.channel_id, a.conversation_id, a.at, a.kind,
                         a.author_identity_id, p.id AS parent_id, p.author_identity_id AS parent_identity, p.at AS parent_at,
                         coalesce(p.deleted_at IS NULL AND p.conversation_id = a.conversation_id, false) AS parent_answerable,
                         a.author_identity_id IN (SELECT id FROM bench_brand) AS by_brand,
                         coalesce(p.author_identity_id IN (SELECT id FROM bench_brand), false) AS parent_by_brand,
                         g.activity_id IS NOT NULL AS on_goal,
                         abs(hashint8extended(a.id, 1) %% 1000)::int AS d_sentiment,
                         abs(hashint8extended(a.id, 2) %% 1000)::int AS d_advocacy
                  FROM activity a
                  LEFT JOIN activity p ON p.workspace_id = a.workspace_id AND p.uri = a.in_reply_to_uri
                  LEFT JOIN (SELECT DISTINCT activity_id FROM activity_match_reason WHERE kind IN ('keyword', 'hashtag')) g
                         ON g.activity_id = a.id
                  WHERE a.workspace_id = %d AND a.kind IN ('post', 'reply', 'mention') AND a.text <> '' AND a.deleted_at IS NULL
                    %s) x
            CROSS JOIN LATERAL (SELECT (CASE WHEN x.d_sentiment < 200 THEN 0 WHEN x.d_sentiment < 650 THEN 1 ELSE 2 END)::smallint
                                AS sentiment) r""";

    private final PlazaStore store;
    private final long workspace;

    MeasureFill(PlazaStore store, long workspace) {
        this.store = store;
        this.workspace = workspace;
    }

    void fill() {
        try (Connection connection = store.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SET work_mem = '256MB'");
            sql.execute("SET maintenance_work_mem = '1GB'");
            step(sql, "goal matches", """
                    INSERT INTO activity_match_reason (activity_id, position, kind, detail)
                    SELECT id, 0, CASE WHEN d < 40 THEN 'keyword' ELSE 'hashtag' END, CASE WHEN d < 40 THEN 'open source' ELSE 'opensource' END
                    FROM (SELECT id, abs(hashint8extended(id, 3) %% 1000) AS d FROM activity WHERE workspace_id = %d) a WHERE d < 50"""
                    .formatted(workspace));
            step(sql, "the brand's accounts", """
                    CREATE UNLOGGED TABLE bench_brand AS
                    SELECT i.id FROM identity i JOIN channel ch ON ch.workspace_id = i.workspace_id AND ch.kind = 'owned'
                        AND ch.platform = i.platform AND (ch.handle = i.stable_id OR ltrim(lower(ch.handle), '@') = ltrim(lower(i.handle), '@'))
                    WHERE i.workspace_id = %d""".formatted(workspace));
            long storedBefore = EchoFill.lastId(sql, workspace);
            step(sql, "posts read", "CREATE UNLOGGED TABLE bench_post AS " + POSTS.formatted(workspace, ""));
            new EchoFill(sql, workspace).fill();
            step(sql, "quotes read", "INSERT INTO bench_post " + POSTS.formatted(workspace, "AND a.id > " + storedBefore));
            new ScoreFill(sql, workspace).fill();
            step(sql, "clean-up", "DROP TABLE bench_post, bench_brand");
            step(sql, "vacuum and analyze", "VACUUM ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not fill the measures: " + e.getMessage(), e);
        }
    }

    static void step(Statement sql, String what, String statement) throws SQLException {
        long start = System.nanoTime();
        sql.execute(statement);
        System.out.printf("  %-28s %,8d rows  %6.1f s%n", what, Math.max(0, sql.getUpdateCount()), (System.nanoTime() - start) / 1e9);
    }
}
