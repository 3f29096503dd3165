package dev.plaza.store;

import dev.plaza.core.sentiment.SentimentClassifier;
import dev.plaza.core.sentiment.SentimentScore;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * One round of the sentiment worker inside its transaction: the new scores, the scores of posts
 * deleted or emptied taken away, each day's counts moved by the difference, and the queue emptied of
 * the round's posts. A post scored again in the same class leaves the counts as they were.
 */
final class SentimentWrites {

    private record DayKey(long workspaceId, LocalDate day, String platform, int sentiment) {
    }

    private final Handle handle;

    SentimentWrites(Handle handle) {
        this.handle = handle;
    }

    void apply(List<QueuedPost> queued, SentimentClassifier classifier) {
        List<Long> scoredIds = new ArrayList<>();
        List<Long> scoredWorkspaces = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        List<Float> confidences = new ArrayList<>();
        List<Long> unscored = new ArrayList<>();
        Map<DayKey, Long> counts = new HashMap<>();
        for (QueuedPost post : queued) {
            if (!post.scorable()) {
                if (post.previous().isPresent()) {
                    unscored.add(post.activityId());
                    if (post.at() != null) {
                        counts.merge(key(post, post.previous().get()), -1L, Long::sum);
                    }
                }
                continue;
            }
            SentimentScore score = classifier.classify(post.text());
            int sentiment = score.sentiment().ordinal();
            scoredIds.add(post.activityId());
            scoredWorkspaces.add(post.workspaceId());
            classes.add(sentiment);
            confidences.add((float) score.confidence());
            post.previous().ifPresent(previous -> counts.merge(key(post, previous), -1L, Long::sum));
            counts.merge(key(post, sentiment), 1L, Long::sum);
        }
        writeScores(scoredIds, scoredWorkspaces, classes, confidences);
        if (!unscored.isEmpty()) {
            handle.createUpdate("DELETE FROM activity_sentiment WHERE activity_id = ANY(:ids)")
                    .bind("ids", unscored.toArray(Long[]::new)).execute();
        }
        writeCounts(counts);
        handle.createUpdate("DELETE FROM sentiment_queue WHERE activity_id = ANY(:ids)")
                .bind("ids", queued.stream().map(QueuedPost::activityId).toArray(Long[]::new)).execute();
    }

    private static DayKey key(QueuedPost post, int sentiment) {
        return new DayKey(post.workspaceId(), LocalDate.ofInstant(post.at(), ZoneOffset.UTC), post.platform(), sentiment);
    }

    private void writeScores(List<Long> ids, List<Long> workspaces, List<Integer> classes, List<Float> confidences) {
        if (ids.isEmpty()) {
            return;
        }
        handle.createUpdate("""
                        INSERT INTO activity_sentiment (activity_id, workspace_id, sentiment, confidence)
                        SELECT * FROM unnest(:ids::bigint[], :workspaces::bigint[], :classes::smallint[], :confidences::real[])
                        ON CONFLICT (activity_id) DO UPDATE SET sentiment = excluded.sentiment, confidence = excluded.confidence""")
                .bind("ids", ids.toArray(Long[]::new)).bind("workspaces", workspaces.toArray(Long[]::new))
                .bind("classes", classes.toArray(Integer[]::new)).bind("confidences", confidences.toArray(Float[]::new))
                .execute();
    }

    /**
     * Adds to the counts that grow (creating their rows) and takes from those that shrink, which exist:
     * PostgreSQL checks {@code count >= 0} on the row an INSERT proposes before it finds the conflict.
     */
    private void writeCounts(Map<DayKey, Long> counts) {
        List<DayKey> grown = counts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        List<DayKey> shrunk = counts.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).toList();
        if (!grown.isEmpty()) {
            bindDays(handle.createUpdate("""
                            INSERT INTO sentiment_daily (workspace_id, day, platform, sentiment, count)
                            SELECT * FROM unnest(:workspaces::bigint[], :days::date[], :platforms::text[], :classes::smallint[],
                                                 :counts::bigint[])
                            ON CONFLICT (workspace_id, day, platform, sentiment)
                            DO UPDATE SET count = sentiment_daily.count + excluded.count"""), grown, counts).execute();
        }
        if (!shrunk.isEmpty()) {
            bindDays(handle.createUpdate("""
                            UPDATE sentiment_daily d SET count = d.count + u.n
                            FROM unnest(:workspaces::bigint[], :days::date[], :platforms::text[], :classes::smallint[],
                                        :counts::bigint[]) AS u(w, day, platform, sentiment, n)
                            WHERE d.workspace_id = u.w AND d.day = u.day AND d.platform = u.platform
                              AND d.sentiment = u.sentiment"""), shrunk, counts).execute();
        }
    }

    private static org.jdbi.v3.core.statement.Update bindDays(org.jdbi.v3.core.statement.Update update, List<DayKey> keys,
                                                             Map<DayKey, Long> counts) {
        return update.bind("workspaces", keys.stream().map(DayKey::workspaceId).toArray(Long[]::new))
                .bind("days", keys.stream().map(k -> k.day().toString()).toArray(String[]::new))
                .bind("platforms", keys.stream().map(DayKey::platform).toArray(String[]::new))
                .bind("classes", keys.stream().map(DayKey::sentiment).toArray(Integer[]::new))
                .bind("counts", keys.stream().map(counts::get).toArray(Long[]::new));
    }
}
