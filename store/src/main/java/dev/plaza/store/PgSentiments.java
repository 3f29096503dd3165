package dev.plaza.store;

import dev.plaza.core.community.Platform;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentClassifier;
import dev.plaza.core.sentiment.SentimentDay;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.core.sentiment.Sentiments;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Sentiment on PostgreSQL: the queue the activity triggers fill (V25), the scores and their daily counts. */
final class PgSentiments implements Sentiments {

    private final Jdbi jdbi;

    PgSentiments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int scoreQueued(int limit, SentimentClassifier classifier) {
        return jdbi.inTransaction(h -> {
            List<QueuedPost> queued = h.createQuery("""
                            SELECT q.activity_id, a.workspace_id, a.platform, a.at, a.text, a.conversation_id,
                                   a.id IS NOT NULL AND a.deleted_at IS NULL AND a.text <> ''
                                       AND a.kind IN ('post', 'reply', 'mention') AS scorable,
                                   s.sentiment AS scored, s.conversation_id AS scored_conversation
                            FROM sentiment_queue q
                            LEFT JOIN activity a ON a.id = q.activity_id
                            LEFT JOIN activity_sentiment s ON s.activity_id = q.activity_id
                            ORDER BY q.activity_id LIMIT :limit FOR UPDATE OF q SKIP LOCKED""")
                    .bind("limit", limit)
                    .map((rs, ctx) -> QueuedPost.read(rs))
                    .list();
            if (queued.isEmpty()) {
                return 0;
            }
            new SentimentWrites(h).apply(queued, classifier);
            return queued.size();
        });
    }

    @Override
    public long queued() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM sentiment_queue").mapTo(Long.class).one());
    }

    @Override
    public List<SentimentDay> daily(long workspaceId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT day, platform, sentiment, count FROM sentiment_daily
                        WHERE workspace_id = :w AND day BETWEEN :from AND :to AND count > 0 ORDER BY day, platform, sentiment""")
                .bind("w", workspaceId).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new SentimentDay(rs.getObject("day", LocalDate.class), Platform.fromKey(rs.getString("platform")),
                        Sentiment.values()[rs.getInt("sentiment")], rs.getLong("count")))
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
