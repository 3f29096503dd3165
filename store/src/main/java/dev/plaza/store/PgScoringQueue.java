package dev.plaza.store;

import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.scoring.ScoringQueue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The scoring queue on PostgreSQL (V25): filled by the ingest and the activity trigger, taken in turns. */
final class PgScoringQueue implements ScoringQueue {

    private final Jdbi jdbi;

    PgScoringQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Rounds a post may fail in before it is left in the queue untaken, for a person to look at. */
    static final int MAX_ATTEMPTS = 3;

    /**
     * A round that fails rolls back and counts a failed attempt for each of its posts, in a transaction of
     * its own: a post that breaks the scorer goes to the back of the queue and, after {@value #MAX_ATTEMPTS}
     * rounds, is no longer taken, so it cannot stop the posts behind it.
     */
    @Override
    public int scoreQueued(int limit, PostScorer scorer) {
        AtomicReference<Long[]> taken = new AtomicReference<>(new Long[0]);
        try {
            return scoreRound(limit, scorer, taken);
        } catch (RuntimeException e) {
            if (taken.get().length > 0) {
                jdbi.useHandle(h -> h.createUpdate("UPDATE scoring_queue SET attempts = attempts + 1 WHERE activity_id = ANY(:ids)")
                        .bind("ids", taken.get()).execute());
            }
            throw e;
        }
    }

    private int scoreRound(int limit, PostScorer scorer, AtomicReference<Long[]> taken) {
        return jdbi.inTransaction(h -> {
            List<QueuedPost> queued = h.createQuery("""
                            SELECT q.activity_id, a.workspace_id, a.platform, a.at, a.text, a.conversation_id, a.author_identity_id,
                                   a.community_id, a.channel_id,
                                   EXISTS (SELECT 1 FROM activity_match_reason r WHERE r.activity_id = a.id
                                           AND r.kind IN ('keyword', 'hashtag')) AS on_goal,
                                   a.id IS NOT NULL AND a.deleted_at IS NULL AND a.text <> ''
                                       AND a.kind IN ('post', 'reply', 'mention') AS scorable,
                                   a.id IS NOT NULL AND %s AS by_brand,
                                   p.text AS parent_text, p.id IS NOT NULL AND %s AS parent_by_brand,
                                   p.author_identity_id AS parent_identity, p.at AS parent_at,
                                   p.deleted_at IS NULL AND p.conversation_id = a.conversation_id AS parent_answerable,
                                   s.sentiment AS scored, s.conversation_id AS scored_conversation, s.counted,
                                   v.advocacy AS advocated, v.identity_id AS advocated_by
                            FROM scoring_queue q
                            LEFT JOIN activity a ON a.id = q.activity_id
                            LEFT JOIN activity p ON p.workspace_id = a.workspace_id AND p.uri = a.in_reply_to_uri
                            LEFT JOIN activity_sentiment s ON s.activity_id = q.activity_id
                            LEFT JOIN activity_advocacy v ON v.activity_id = q.activity_id
                            WHERE q.attempts < :attempts
                            ORDER BY q.attempts, q.activity_id LIMIT :limit FOR UPDATE OF q SKIP LOCKED"""
                            .formatted(UnansweredQuestions.brand("a", "a.workspace_id"),
                                    UnansweredQuestions.brand("p", "a.workspace_id")))
                    .bind("limit", limit).bind("attempts", MAX_ATTEMPTS)
                    .map((rs, ctx) -> QueuedPost.read(rs))
                    .list();
            taken.set(queued.stream().map(QueuedPost::activityId).toArray(Long[]::new));
            if (queued.isEmpty()) {
                return 0;
            }
            new ScoreWrites(h, brandNames(h, queued), goals(h, queued)).apply(queued, scorer);
            return queued.size();
        });
    }

    /** How each workspace of the round's posts names itself: its name, and its accounts' names and handles. */
    private static Map<Long, List<String>> brandNames(Handle h, List<QueuedPost> queued) {
        Long[] workspaces = queued.stream().filter(QueuedPost::scorable).map(QueuedPost::workspaceId).distinct().toArray(Long[]::new);
        Map<Long, List<String>> names = new HashMap<>();
        h.createQuery("""
                        SELECT id AS w, name FROM workspace WHERE id = ANY(:w)
                        UNION SELECT workspace_id, display_name FROM local_actor WHERE workspace_id = ANY(:w)
                        UNION SELECT workspace_id, '@' || username FROM local_actor WHERE workspace_id = ANY(:w)
                        UNION SELECT workspace_id, handle FROM channel WHERE kind = 'owned' AND workspace_id = ANY(:w)
                        UNION SELECT workspace_id, handle FROM bluesky_accounts WHERE workspace_id = ANY(:w)""")
                .bind("w", workspaces)
                .map((rs, ctx) -> Map.entry(rs.getLong("w"), rs.getString("name")))
                .forEach(e -> names.computeIfAbsent(e.getKey(), w -> new ArrayList<>()).add(e.getValue()));
        return names;
    }

    /** Each workspace's goal, to tell the posts about it whatever way they came (a listener's match, an import, the brand). */
    private static Map<Long, GoalMatcher> goals(Handle h, List<QueuedPost> queued) {
        Map<Long, GoalMatcher> goals = new HashMap<>();
        queued.stream().filter(QueuedPost::scorable).map(QueuedPost::workspaceId).distinct()
                .forEach(w -> goals.put(w, GoalMatcher.of(PgGoals.of(h, w), java.util.Set.of())));
        return goals;
    }

    @Override
    public long queued() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM scoring_queue").mapTo(Long.class).one());
    }
}
