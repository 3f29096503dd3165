package dev.plaza.bench;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The scoring worker's rows for every post of {@code bench_post} (see {@link MeasureFill}): each post's
 * sentiment and advocacy, the daily measures of each scope, each conversation's counts with what it
 * waits for, each advocate's counts, each identity's months and response times (V32), and the ingest's daily
 * activity counts.
 */
final class ScoreFill {

    private final Statement sql;
    private final long workspace;

    ScoreFill(Statement sql, long workspace) {
        this.sql = sql;
        this.workspace = workspace;
    }

    void fill() throws SQLException {
        MeasureFill.step(sql, "sentiments", """
                INSERT INTO activity_sentiment (activity_id, workspace_id, sentiment, confidence, conversation_id, counted)
                SELECT id, workspace_id, sentiment, 0.4 + (d_sentiment * 7 % 600) / 1000.0, conversation_id, counted FROM bench_post""");
        MeasureFill.step(sql, "advocacy", """
                INSERT INTO activity_advocacy (activity_id, workspace_id, advocacy, evidence, identity_id)
                SELECT id, workspace_id, advocacy, CASE WHEN advocacy = 0 THEN 'highly recommend' END, author_identity_id
                FROM bench_post WHERE advocacy IS NOT NULL""");
        MeasureFill.step(sql, "daily measures", """
                INSERT INTO measure_daily (workspace_id, scope, day, negative, neutral, positive, recommendations, answers,
                                           replies_to_brand, mentions, brand_replies, goal_posts, goal_brand_posts)
                SELECT workspace_id,
                       CASE WHEN GROUPING(platform) = 0 THEN 'platform:' || platform
                            WHEN GROUPING(community_id) = 0 THEN 'community:' || community_id
                            WHEN GROUPING(channel_id) = 0 THEN 'channel:' || channel_id
                            ELSE 'all' END,
                       day,
                       count(*) FILTER (WHERE sentiment = 0), count(*) FILTER (WHERE sentiment = 1), count(*) FILTER (WHERE sentiment = 2),
                       count(*) FILTER (WHERE advocacy = 0), count(*) FILTER (WHERE advocacy = 1), count(*) FILTER (WHERE advocacy = 2),
                       count(*) FILTER (WHERE advocacy = 3), count(*) FILTER (WHERE counted & 1 <> 0),
                       count(*) FILTER (WHERE counted & 2 <> 0),
                       count(*) FILTER (WHERE counted & 2 <> 0 AND (advocacy IS NOT NULL OR counted & 4 <> 0))
                FROM (SELECT *, (at AT TIME ZONE 'UTC')::date AS day FROM bench_post) p
                GROUP BY GROUPING SETS ((workspace_id, day), (workspace_id, day, platform), (workspace_id, day, community_id),
                                        (workspace_id, day, channel_id))
                HAVING NOT (GROUPING(community_id) = 0 AND community_id IS NULL)
                   AND NOT (GROUPING(channel_id) = 0 AND channel_id IS NULL)""");
        MeasureFill.step(sql, "conversations", """
                INSERT INTO conversation_sentiment (conversation_id, negative, neutral, positive, awaiting_since, awaiting_activity_id)
                SELECT c.conversation_id, c.negative, c.neutral, c.positive, w.at, w.id
                FROM (SELECT conversation_id, count(*) FILTER (WHERE sentiment = 0) AS negative,
                             count(*) FILTER (WHERE sentiment = 1) AS neutral, count(*) FILTER (WHERE sentiment = 2) AS positive
                      FROM bench_post WHERE conversation_id IS NOT NULL GROUP BY conversation_id) c
                LEFT JOIN (
                    SELECT DISTINCT ON (p.conversation_id) p.conversation_id, p.at, p.id
                    FROM bench_post p
                    LEFT JOIN (SELECT DISTINCT ON (conversation_id) conversation_id, at, id FROM bench_post
                               WHERE by_brand AND conversation_id IS NOT NULL ORDER BY conversation_id, at DESC, id DESC) b
                           ON b.conversation_id = p.conversation_id
                    WHERE p.sentiment = 0 AND NOT p.by_brand AND p.conversation_id IS NOT NULL
                      AND (b.id IS NULL OR (p.at, p.id) > (b.at, b.id))
                    ORDER BY p.conversation_id, p.at, p.id) w ON w.conversation_id = c.conversation_id""");
        MeasureFill.step(sql, "advocates", """
                INSERT INTO advocate (identity_id, workspace_id, recommendations, answers, last_at)
                SELECT author_identity_id, workspace_id, count(*) FILTER (WHERE advocacy = 0), count(*) FILTER (WHERE advocacy = 1), max(at)
                FROM bench_post WHERE advocacy IN (0, 1) GROUP BY author_identity_id, workspace_id""");
        MeasureFill.step(sql, "identity months", """
                INSERT INTO identity_month (identity_id, month, negative, neutral, positive, recommendations, answers, replies_to_brand,
                                            mentions, replied_to_brand, brand_replied)
                SELECT identity_id, month, sum(negative), sum(neutral), sum(positive), sum(recommendations), sum(answers),
                       sum(replies_to_brand), sum(mentions), sum(replied_to_brand), sum(brand_replied)
                FROM (SELECT author_identity_id AS identity_id, date_trunc('month', at AT TIME ZONE 'UTC')::date AS month,
                             (sentiment = 0)::int AS negative, (sentiment = 1)::int AS neutral, (sentiment = 2)::int AS positive,
                             coalesce(advocacy = 0, false)::int AS recommendations, coalesce(advocacy = 1, false)::int AS answers,
                             coalesce(advocacy = 2, false)::int AS replies_to_brand, coalesce(advocacy = 3, false)::int AS mentions,
                             parent_by_brand::int AS replied_to_brand, 0 AS brand_replied
                      FROM bench_post
                      UNION ALL
                      SELECT parent_identity, date_trunc('month', at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0, 0, 0, 0, 1
                      FROM bench_post WHERE by_brand AND parent_answerable) counts
                GROUP BY identity_id, month""");
        MeasureFill.step(sql, "response times", """
                INSERT INTO identity_response (identity_id, seconds, replies)
                SELECT parent_identity, CASE WHEN s < 1000 THEN s ELSE (s + step / 2) / step * step END, count(*)
                FROM (SELECT parent_identity, s, (10 ^ (length(s::text) - 3))::bigint AS step
                      FROM (SELECT parent_identity, ((extract(epoch FROM at - parent_at) * 1000000)::bigint + 500000) / 1000000 AS s
                            FROM bench_post WHERE by_brand AND parent_answerable AND at >= parent_at) r) b
                GROUP BY 1, 2""");
        MeasureFill.step(sql, "daily activity counts", """
                INSERT INTO activity_daily (workspace_id, day, platform, count)
                SELECT workspace_id, (at AT TIME ZONE 'UTC')::date, platform, count(*) FROM activity WHERE workspace_id = %d
                GROUP BY 1, 2, 3
                ON CONFLICT (workspace_id, day, platform) DO UPDATE SET count = excluded.count""".formatted(workspace));
    }
}
