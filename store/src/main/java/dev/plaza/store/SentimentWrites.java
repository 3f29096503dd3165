package dev.plaza.store;

import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentClassifier;
import dev.plaza.core.sentiment.SentimentScore;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * One round of the sentiment worker inside its transaction: the new scores, the scores of posts
 * deleted or emptied taken away, the daily and per-conversation counts moved by the difference, and
 * the queue emptied of the round's posts. A post scored again in the same class and conversation
 * leaves the counts as they were.
 */
final class SentimentWrites {

    private static final int CLASSES = Sentiment.values().length;

    private record DayKey(long workspaceId, LocalDate day, String platform, int sentiment) {
    }

    private final Handle handle;
    private final Map<DayKey, Long> days = new HashMap<>();
    private final Map<Long, long[]> conversations = new HashMap<>();

    SentimentWrites(Handle handle) {
        this.handle = handle;
    }

    void apply(List<QueuedPost> queued, SentimentClassifier classifier) {
        List<Object[]> scores = new ArrayList<>();
        List<Long> unscored = new ArrayList<>();
        for (QueuedPost post : queued) {
            post.previous().ifPresent(previous -> count(post, previous.sentiment(), previous.conversationId().orElse(null), -1));
            if (post.scorable()) {
                SentimentScore score = classifier.classify(post.text());
                int sentiment = score.sentiment().ordinal();
                scores.add(new Object[] {post.activityId(), post.workspaceId(), sentiment, (float) score.confidence(),
                        post.conversationId().orElse(null)});
                count(post, sentiment, post.conversationId().orElse(null), 1);
            } else if (post.previous().isPresent()) {
                unscored.add(post.activityId());
            }
        }
        writeScores(scores);
        if (!unscored.isEmpty()) {
            handle.createUpdate("DELETE FROM activity_sentiment WHERE activity_id = ANY(:ids)")
                    .bind("ids", unscored.toArray(Long[]::new)).execute();
        }
        writeDays();
        writeConversations();
        handle.createUpdate("DELETE FROM sentiment_queue WHERE activity_id = ANY(:ids)")
                .bind("ids", queued.stream().map(QueuedPost::activityId).toArray(Long[]::new)).execute();
    }

    private void count(QueuedPost post, int sentiment, Long conversationId, int delta) {
        if (post.at() != null) {
            days.merge(new DayKey(post.workspaceId(), LocalDate.ofInstant(post.at(), ZoneOffset.UTC), post.platform(), sentiment),
                    (long) delta, Long::sum);
        }
        if (conversationId != null) {
            conversations.computeIfAbsent(conversationId, id -> new long[CLASSES])[sentiment] += delta;
        }
    }

    private void writeScores(List<Object[]> scores) {
        if (scores.isEmpty()) {
            return;
        }
        handle.createUpdate("""
                        INSERT INTO activity_sentiment (activity_id, workspace_id, sentiment, confidence, conversation_id)
                        SELECT * FROM unnest(:ids::bigint[], :workspaces::bigint[], :classes::smallint[], :confidences::real[],
                                             :conversations::bigint[])
                        ON CONFLICT (activity_id) DO UPDATE SET sentiment = excluded.sentiment, confidence = excluded.confidence,
                            conversation_id = excluded.conversation_id""")
                .bind("ids", scores.stream().map(r -> (Long) r[0]).toArray(Long[]::new))
                .bind("workspaces", scores.stream().map(r -> (Long) r[1]).toArray(Long[]::new))
                .bind("classes", scores.stream().map(r -> (Integer) r[2]).toArray(Integer[]::new))
                .bind("confidences", scores.stream().map(r -> (Float) r[3]).toArray(Float[]::new))
                .bind("conversations", scores.stream().map(r -> (Long) r[4]).toArray(Long[]::new))
                .execute();
    }

    /**
     * Adds to the counts that grow (creating their rows) and takes from those that shrink, which exist:
     * PostgreSQL checks {@code count >= 0} on the row an INSERT proposes before it finds the conflict.
     */
    private void writeDays() {
        List<DayKey> grown = days.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        List<DayKey> shrunk = days.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).toList();
        if (!grown.isEmpty()) {
            bindDays(handle.createUpdate("""
                            INSERT INTO sentiment_daily (workspace_id, day, platform, sentiment, count)
                            SELECT * FROM unnest(:workspaces::bigint[], :days::date[], :platforms::text[], :classes::smallint[],
                                                 :counts::bigint[])
                            ON CONFLICT (workspace_id, day, platform, sentiment)
                            DO UPDATE SET count = sentiment_daily.count + excluded.count"""), grown).execute();
        }
        if (!shrunk.isEmpty()) {
            bindDays(handle.createUpdate("""
                            UPDATE sentiment_daily d SET count = d.count + u.n
                            FROM unnest(:workspaces::bigint[], :days::date[], :platforms::text[], :classes::smallint[],
                                        :counts::bigint[]) AS u(w, day, platform, sentiment, n)
                            WHERE d.workspace_id = u.w AND d.day = u.day AND d.platform = u.platform
                              AND d.sentiment = u.sentiment"""), shrunk).execute();
        }
    }

    private Update bindDays(Update update, List<DayKey> keys) {
        return update.bind("workspaces", keys.stream().map(DayKey::workspaceId).toArray(Long[]::new))
                .bind("days", keys.stream().map(k -> k.day().toString()).toArray(String[]::new))
                .bind("platforms", keys.stream().map(DayKey::platform).toArray(String[]::new))
                .bind("classes", keys.stream().map(DayKey::sentiment).toArray(Integer[]::new))
                .bind("counts", keys.stream().map(days::get).toArray(Long[]::new));
    }

    /** Each conversation's row is made first, so that the update's checks see the final counts. */
    private void writeConversations() {
        List<Long> ids = conversations.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0 || e.getValue()[2] != 0).map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            return;
        }
        Long[] idArray = ids.toArray(Long[]::new);
        handle.createUpdate("INSERT INTO conversation_sentiment (conversation_id) SELECT unnest(:ids::bigint[]) ON CONFLICT DO NOTHING")
                .bind("ids", idArray).execute();
        handle.createUpdate("""
                        UPDATE conversation_sentiment c
                        SET negative = c.negative + u.n, neutral = c.neutral + u.m, positive = c.positive + u.p
                        FROM unnest(:ids::bigint[], :negative::int[], :neutral::int[], :positive::int[]) AS u(id, n, m, p)
                        WHERE c.conversation_id = u.id""")
                .bind("ids", idArray)
                .bind("negative", ids.stream().map(id -> (int) conversations.get(id)[0]).toArray(Integer[]::new))
                .bind("neutral", ids.stream().map(id -> (int) conversations.get(id)[1]).toArray(Integer[]::new))
                .bind("positive", ids.stream().map(id -> (int) conversations.get(id)[2]).toArray(Integer[]::new))
                .execute();
    }
}
