package dev.plaza.store;

import dev.plaza.core.relationships.Relationship;
import dev.plaza.core.relationships.Relationships;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Relationships read from rollups, so the cost follows the person's months, not their activities: the
 * replies each way from their identities' months (V32), the median response from their response times'
 * histogram (within half a second below 1,000 s, 0.5% above), and the months they were active in by
 * walking the author index one month at a time (every kind of activity counts there, likes and follows
 * too, which the scoring worker never sees: a probe for each active month, never a row of each activity).
 */
final class PgRelationships implements Relationships {

    private static final String RELATIONSHIP = """
            WITH RECURSIVE identities AS (SELECT id FROM identity WHERE workspace_id = :w AND person_id = :p),
            active (identity_id, month) AS (
                SELECT i.id, %s FROM identities i
                UNION ALL
                SELECT m.identity_id, %s FROM active m WHERE m.month IS NOT NULL),
            replies AS (SELECT coalesce(sum(m.replied_to_brand), 0) AS theirs, coalesce(sum(m.brand_replied), 0) AS brands
                        FROM identities i JOIN identity_month m ON m.identity_id = i.id),
            responses AS (SELECT r.seconds, sum(sum(r.replies)) OVER (ORDER BY r.seconds)::bigint AS upto,
                                 sum(sum(r.replies)) OVER ()::bigint AS total
                          FROM identities i JOIN identity_response r ON r.identity_id = i.id
                          GROUP BY r.seconds HAVING sum(r.replies) > 0)
            SELECT (SELECT theirs FROM replies) AS their_replies, (SELECT brands FROM replies) AS brand_replies,
                   (SELECT (min(seconds) FILTER (WHERE upto >= (total + 1) / 2) + min(seconds) FILTER (WHERE upto >= total / 2 + 1)) / 2.0
                    FROM responses) AS median_seconds,
                   (SELECT count(DISTINCT month) FROM active) AS active_months,
                   (SELECT min(month) AT TIME ZONE 'UTC' FROM active)::date AS first_month,
                   (SELECT max(month) AT TIME ZONE 'UTC' FROM active)::date AS last_month"""
            .formatted(newestMonth("i.id", ""), newestMonth("m.identity_id", " AND a.at < m.month"));

    private final Jdbi jdbi;

    PgRelationships(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The month of the identity's newest activity that is not deleted, before {@code before} when given. */
    private static String newestMonth(String identity, String before) {
        return """
                (SELECT date_trunc('month', a.at, 'UTC') FROM activity a
                 WHERE a.author_identity_id = %s AND a.deleted_at IS NULL%s ORDER BY a.at DESC LIMIT 1)""".formatted(identity, before);
    }

    @Override
    public Relationship of(long workspaceId, long personId) {
        return jdbi.withHandle(h -> h.createQuery(RELATIONSHIP)
                .bind("w", workspaceId).bind("p", personId)
                .map((rs, ctx) -> {
                    double median = rs.getDouble("median_seconds");
                    Optional<Duration> response = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.round(median)));
                    LocalDate first = rs.getObject("first_month", LocalDate.class);
                    LocalDate last = rs.getObject("last_month", LocalDate.class);
                    int tenure = first == null ? 0 : (int) ChronoUnit.MONTHS.between(first, last) + 1;
                    return new Relationship(rs.getLong("their_replies"), rs.getLong("brand_replies"), response,
                            rs.getInt("active_months"), tenure);
                })
                .one());
    }
}
