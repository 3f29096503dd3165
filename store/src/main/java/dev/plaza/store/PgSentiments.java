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

/** Sentiment on PostgreSQL (V25): the scores, their daily counts by platform (V26), and each identity's by month (V32). */
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

    /** Summed over the person's identities' months (V32), kept as posts are scored: never their posts counted. */
    @Override
    public Map<Sentiment, Long> ofPerson(long workspaceId, long personId) {
        Map<Sentiment, Long> counts = new java.util.EnumMap<>(Sentiment.class);
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT sum(m.negative) AS n0, sum(m.neutral) AS n1, sum(m.positive) AS n2
                        FROM identity i JOIN identity_month m ON m.identity_id = i.id
                        WHERE i.workspace_id = :w AND i.person_id = :p""")
                .bind("w", workspaceId).bind("p", personId)
                .map((rs, ctx) -> {
                    for (Sentiment sentiment : Sentiment.values()) {
                        long n = rs.getLong("n" + sentiment.ordinal());
                        if (n > 0) {
                            counts.put(sentiment, n);
                        }
                    }
                    return counts;
                })
                .one());
        return counts;
    }

    @Override
    public List<SentimentMonth> ofPersonByMonth(long workspaceId, long personId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT m.month, sum(m.negative) AS n0, sum(m.neutral) AS n1, sum(m.positive) AS n2
                        FROM identity i JOIN identity_month m ON m.identity_id = i.id
                        WHERE i.workspace_id = :w AND i.person_id = :p AND m.month BETWEEN :from AND :to
                        GROUP BY m.month ORDER BY m.month""")
                .bind("w", workspaceId).bind("p", personId).bind("from", from.withDayOfMonth(1)).bind("to", to.withDayOfMonth(1))
                .map((rs, ctx) -> {
                    LocalDate month = rs.getObject("month", LocalDate.class);
                    List<SentimentMonth> classes = new java.util.ArrayList<>(3);
                    for (Sentiment sentiment : Sentiment.values()) {
                        long n = rs.getLong("n" + sentiment.ordinal());
                        if (n > 0) {
                            classes.add(new SentimentMonth(month, sentiment, n));
                        }
                    }
                    return classes;
                })
                .list().stream().flatMap(List::stream).toList());
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
