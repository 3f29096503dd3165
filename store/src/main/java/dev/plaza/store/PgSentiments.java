package dev.plaza.store;

import dev.plaza.core.measures.MeasureDay;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentDay;
import dev.plaza.core.sentiment.SentimentMonth;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.sentiment.Sentiments;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Sentiment on PostgreSQL (V25): the scores, and their daily counts by platform (V26). */
final class PgSentiments implements Sentiments {

    private final Jdbi jdbi;
    private final PgMeasures measures;

    PgSentiments(Jdbi jdbi, PgMeasures measures) {
        this.jdbi = jdbi;
        this.measures = measures;
    }

    @Override
    public List<SentimentDay> daily(long workspaceId, LocalDate from, LocalDate to) {
        return measures.byPlatform(workspaceId, from, to, List.of(Sentiment.values()), MeasureDay::count, SentimentDay::new);
    }

    @Override
    public Map<Sentiment, Long> ofPerson(long workspaceId, long personId) {
        Map<Sentiment, Long> counts = new java.util.EnumMap<>(Sentiment.class);
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT s.sentiment, count(*) AS n FROM identity i
                        JOIN activity a ON a.author_identity_id = i.id
                        JOIN activity_sentiment s ON s.activity_id = a.id
                        WHERE i.workspace_id = :w AND i.person_id = :p GROUP BY s.sentiment""")
                .bind("w", workspaceId).bind("p", personId)
                .map((rs, ctx) -> Map.entry(Sentiment.values()[rs.getInt("sentiment")], rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    @Override
    public List<SentimentMonth> ofPersonByMonth(long workspaceId, long personId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT date_trunc('month', a.at AT TIME ZONE 'UTC')::date AS month, s.sentiment, count(*) AS n
                        FROM identity i JOIN activity a ON a.author_identity_id = i.id
                        JOIN activity_sentiment s ON s.activity_id = a.id
                        WHERE i.workspace_id = :w AND i.person_id = :p AND a.at >= :from AND a.at < :end
                        GROUP BY 1, 2 ORDER BY 1, 2""")
                .bind("w", workspaceId).bind("p", personId)
                .bind("from", Rows.timestamp(from.withDayOfMonth(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .bind("end", Rows.timestamp(to.withDayOfMonth(1).plusMonths(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .map((rs, ctx) -> new SentimentMonth(rs.getObject("month", LocalDate.class), Sentiment.values()[rs.getInt("sentiment")],
                        rs.getLong("n")))
                .list());
    }

    @Override
    public Map<Long, SentimentScore> of(long workspaceId, Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SentimentScore> scores = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT activity_id, sentiment, confidence FROM activity_sentiment
                        WHERE workspace_id = :w AND activity_id = ANY(:ids)""")
                .bind("w", workspaceId).bind("ids", activityIds.toArray(Long[]::new))
                .map((rs, ctx) -> Map.entry(rs.getLong("activity_id"),
                        new SentimentScore(Sentiment.values()[rs.getInt("sentiment")], Math.min(1, Math.max(0, rs.getFloat("confidence"))))))
                .forEach(e -> scores.put(e.getKey(), e.getValue())));
        return scores;
    }
}
