package dev.plaza.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The per-post rows of a scoring round: sentiment and advocacy written or cleared, and the queue emptied. */
final class ScoreRows {

    private final Handle handle;

    ScoreRows(Handle handle) {
        this.handle = handle;
    }

    /**
     * @param sentiments activity, workspace, class, confidence, conversation, what else it counted (V26)
     * @param advocacies activity, workspace, advocacy, evidence, author identity
     * @param unscored posts deleted or emptied: their sentiment goes
     * @param unadvocated posts whose advocacy no longer stands (deleted, emptied, no longer naming the brand)
     */
    void write(List<Object[]> sentiments, List<Object[]> advocacies, List<Long> unscored, List<Long> unadvocated,
               List<QueuedPost> queued) {
        if (!unscored.isEmpty()) {
            handle.createUpdate("DELETE FROM activity_sentiment WHERE activity_id = ANY(:ids)")
                    .bind("ids", unscored.toArray(Long[]::new)).execute();
        }
        if (!unadvocated.isEmpty()) {
            handle.createUpdate("DELETE FROM activity_advocacy WHERE activity_id = ANY(:ids)")
                    .bind("ids", unadvocated.toArray(Long[]::new)).execute();
        }
        if (!sentiments.isEmpty()) {
            handle.createUpdate("""
                            INSERT INTO activity_sentiment (activity_id, workspace_id, sentiment, confidence, conversation_id, counted)
                            SELECT * FROM unnest(:ids::bigint[], :workspaces::bigint[], :classes::smallint[], :confidences::real[],
                                                 :conversations::bigint[], :counted::smallint[])
                            ON CONFLICT (activity_id) DO UPDATE SET sentiment = excluded.sentiment, confidence = excluded.confidence,
                                conversation_id = excluded.conversation_id, counted = excluded.counted""")
                    .bind("ids", column(sentiments, 0, Long[]::new)).bind("workspaces", column(sentiments, 1, Long[]::new))
                    .bind("classes", column(sentiments, 2, Integer[]::new)).bind("confidences", column(sentiments, 3, Float[]::new))
                    .bind("conversations", column(sentiments, 4, Long[]::new)).bind("counted", column(sentiments, 5, Integer[]::new))
                    .execute();
        }
        if (!advocacies.isEmpty()) {
            handle.createUpdate("""
                            INSERT INTO activity_advocacy (activity_id, workspace_id, advocacy, evidence, identity_id)
                            SELECT * FROM unnest(:ids::bigint[], :workspaces::bigint[], :kinds::smallint[], :evidence::text[],
                                                 :identities::bigint[])
                            ON CONFLICT (activity_id) DO UPDATE SET advocacy = excluded.advocacy, evidence = excluded.evidence,
                                identity_id = excluded.identity_id""")
                    .bind("ids", column(advocacies, 0, Long[]::new)).bind("workspaces", column(advocacies, 1, Long[]::new))
                    .bind("kinds", column(advocacies, 2, Integer[]::new)).bind("evidence", column(advocacies, 3, String[]::new))
                    .bind("identities", column(advocacies, 4, Long[]::new))
                    .execute();
        }
        requeueAnswers(unscored);
        handle.createUpdate("DELETE FROM scoring_queue WHERE activity_id = ANY(:ids)")
                .bind("ids", queued.stream().map(QueuedPost::activityId).toArray(Long[]::new)).execute();
    }

    /**
     * The brand's answers to posts now deleted or emptied are scored again, to be counted as answering
     * nothing: a deletion queues the deleted post alone (V25's trigger).
     */
    private void requeueAnswers(List<Long> unscored) {
        if (unscored.isEmpty()) {
            return;
        }
        handle.createUpdate("""
                        INSERT INTO scoring_queue (activity_id)
                        SELECT r.id FROM activity t
                        JOIN activity r ON r.conversation_id = t.conversation_id AND r.in_reply_to_uri = t.uri
                        JOIN activity_sentiment s ON s.activity_id = r.id AND s.counted & :answer <> 0
                        WHERE t.id = ANY(:ids)
                        ON CONFLICT (activity_id) DO UPDATE SET attempts = 0""")
                .bind("ids", unscored.toArray(Long[]::new)).bind("answer", MeasureCounts.COUNTED_BRAND_ANSWER).execute();
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
        return rows.stream().map(row -> (T) row[index]).toArray(array);
    }
}
