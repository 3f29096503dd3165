package dev.plaza.store;

import dev.plaza.core.relationships.Relationship;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentMonth;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** A person's page as it was read before V32, from every one of their activities: what the rollups must equal. */
final class PersonScans {

    private final Jdbi jdbi;

    PersonScans(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
    }

    Map<Sentiment, Long> sentiments(long w, long person) {
        Map<Sentiment, Long> counts = new EnumMap<>(Sentiment.class);
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT s.sentiment, count(*) AS n FROM identity i
                        JOIN activity a ON a.author_identity_id = i.id
                        JOIN activity_sentiment s ON s.activity_id = a.id
                        WHERE i.workspace_id = :w AND i.person_id = :p GROUP BY s.sentiment""")
                .bind("w", w).bind("p", person)
                .map((rs, ctx) -> Map.entry(Sentiment.values()[rs.getInt("sentiment")], rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    List<SentimentMonth> sentimentsByMonth(long w, long person) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT date_trunc('month', a.at AT TIME ZONE 'UTC')::date AS month, s.sentiment, count(*) AS n
                        FROM identity i JOIN activity a ON a.author_identity_id = i.id
                        JOIN activity_sentiment s ON s.activity_id = a.id
                        WHERE i.workspace_id = :w AND i.person_id = :p GROUP BY 1, 2 ORDER BY 1, 2""")
                .bind("w", w).bind("p", person)
                .map((rs, ctx) -> new SentimentMonth(rs.getObject("month", LocalDate.class), Sentiment.values()[rs.getInt("sentiment")],
                        rs.getLong("n")))
                .list());
    }

    Relationship relationship(long w, long person) {
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
                .bind("w", w).bind("p", person)
                .map((rs, ctx) -> {
                    double median = rs.getDouble("median_seconds");
                    Optional<Duration> response = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.round(median)));
                    return new Relationship(rs.getLong("their_replies"), rs.getLong("brand_replies"), response,
                            rs.getInt("active_months"), rs.getInt("tenure_months"));
                })
                .one());
    }
}
