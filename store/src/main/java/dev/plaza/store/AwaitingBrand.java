package dev.plaza.store;

import java.util.Collection;
import org.jdbi.v3.core.Handle;

/**
 * Which conversations wait for the brand (V26): for each conversation a scoring round touched with a
 * negative post or one of the brand's, the oldest negative post by someone else with no post of the
 * brand's after it, read again from the posts as the round leaves them.
 */
final class AwaitingBrand {

    private AwaitingBrand() {
    }

    static void recheck(Handle handle, Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return;
        }
        handle.createUpdate("""
                        UPDATE conversation_sentiment cs SET awaiting_since = x.at, awaiting_activity_id = x.id
                        FROM (SELECT t.id AS conversation_id, w.at, w.id
                              FROM unnest(:ids::bigint[]) AS t(id)
                              LEFT JOIN LATERAL (
                                  SELECT a.at, a.id FROM activity a
                                  JOIN activity_sentiment s ON s.activity_id = a.id AND s.sentiment = 0
                                  WHERE a.conversation_id = t.id AND a.deleted_at IS NULL AND NOT %s
                                    AND NOT EXISTS (SELECT 1 FROM activity r
                                                    WHERE r.conversation_id = t.id AND (r.at, r.id) > (a.at, a.id)
                                                      AND r.kind IN ('post', 'reply', 'mention') AND r.deleted_at IS NULL AND %s)
                                  ORDER BY a.at, a.id LIMIT 1) w ON true) x
                        WHERE cs.conversation_id = x.conversation_id
                          AND (cs.awaiting_since, cs.awaiting_activity_id) IS DISTINCT FROM (x.at, x.id)"""
                        .formatted(UnansweredQuestions.brand("a", "a.workspace_id"), UnansweredQuestions.brand("r", "r.workspace_id")))
                .bind("ids", conversationIds.stream().sorted().toArray(Long[]::new))
                .execute();
    }
}
