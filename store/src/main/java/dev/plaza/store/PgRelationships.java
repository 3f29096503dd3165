package dev.plaza.store;

import dev.plaza.core.relationships.Relationship;
import dev.plaza.core.relationships.Relationships;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Relationships read from one person's activities and the replies around them: a reply is found in its
 * conversation (indexed), its parent by URI (indexed), so the cost follows the person's activity, not
 * the workspace's.
 */
final class PgRelationships implements Relationships {

    private final Jdbi jdbi;

    PgRelationships(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Relationship of(long workspaceId, long personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH theirs AS (
                            SELECT a.* FROM identity i JOIN activity a ON a.author_identity_id = i.id
                            WHERE i.workspace_id = :w AND i.person_id = :p AND a.deleted_at IS NULL)
                        SELECT
                            (SELECT count(*) FROM theirs t JOIN activity parent ON parent.workspace_id = :w AND parent.uri = t.in_reply_to_uri
                             WHERE %s) AS their_replies,
                            (SELECT count(*) FROM theirs t JOIN activity r ON r.conversation_id = t.conversation_id
                             AND r.in_reply_to_uri = t.uri AND r.deleted_at IS NULL WHERE %s) AS brand_replies,
                            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.at - t.at))
                             FROM theirs t JOIN activity r ON r.conversation_id = t.conversation_id
                             AND r.in_reply_to_uri = t.uri AND r.deleted_at IS NULL WHERE %s AND r.at >= t.at) AS median_seconds,
                            (SELECT count(DISTINCT date_trunc('month', at AT TIME ZONE 'UTC')) FROM theirs) AS active_months,
                            (SELECT CASE WHEN count(*) = 0 THEN 0 ELSE
                                 (extract(year FROM age(date_trunc('month', max(at) AT TIME ZONE 'UTC'),
                                                        date_trunc('month', min(at) AT TIME ZONE 'UTC'))) * 12
                                  + extract(month FROM age(date_trunc('month', max(at) AT TIME ZONE 'UTC'),
                                                           date_trunc('month', min(at) AT TIME ZONE 'UTC'))) + 1)::int END
                             FROM theirs) AS tenure_months""".formatted(UnansweredQuestions.brand("parent"),
                        UnansweredQuestions.brand("r"), UnansweredQuestions.brand("r")))
                .bind("w", workspaceId).bind("p", personId)
                .map((rs, ctx) -> {
                    double median = rs.getDouble("median_seconds");
                    Optional<Duration> response = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.round(median)));
                    return new Relationship(rs.getLong("their_replies"), rs.getLong("brand_replies"), response,
                            rs.getInt("active_months"), rs.getInt("tenure_months"));
                })
                .one());
    }
}
