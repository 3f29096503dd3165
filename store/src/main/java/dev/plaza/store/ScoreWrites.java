package dev.plaza.store;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.Heard;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.scoring.PostToScore;
import dev.plaza.core.sentiment.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * One round of the scoring worker inside its transaction: the posts' new sentiment and advocacy, the
 * scores of posts deleted or emptied taken away, every count moved by the difference (the dashboards'
 * daily measures, per conversation, per advocate, per identity and month), and the queue emptied of the
 * round's posts. A post scored again as before leaves the counts as they were.
 */
final class ScoreWrites {

    private static final List<Advocacy> STORED = PgAdvocates.STORED;

    private final Handle handle;
    private final Map<Long, List<String>> brandNames;
    private final Map<Long, GoalMatcher> goals;
    private final MeasureCounts measures = new MeasureCounts();
    private final IdentityRollups identities = new IdentityRollups();
    private final RowCounts conversations = new RowCounts("conversation_sentiment", "conversation_id",
            List.of("negative", "neutral", "positive"));
    private final RowCounts advocates = new RowCounts("advocate", "identity_id", List.of("recommendations", "answers"));
    private final Map<Long, Instant> advocatedAt = new HashMap<>();
    /** Conversations whose waiting for the brand the round may have changed. */
    private final java.util.Set<Long> awaiting = new java.util.HashSet<>();

    ScoreWrites(Handle handle, Map<Long, List<String>> brandNames, Map<Long, GoalMatcher> goals) {
        this.handle = handle;
        this.brandNames = brandNames;
        this.goals = goals;
    }

    void apply(List<QueuedPost> queued, PostScorer scorer) {
        List<Object[]> sentiments = new ArrayList<>();
        List<Object[]> advocacies = new ArrayList<>();
        List<Long> unscored = new ArrayList<>();
        List<Long> unadvocated = new ArrayList<>();
        for (QueuedPost post : queued) {
            post.previousSentiment().ifPresent(previous -> count(post, previous.value(),
                    post.previousAdvocacy().map(QueuedPost.Counted::value).orElse(-1), post.previousFlags(),
                    previous.countedBy().orElse(null), -1));
            post.previousAdvocacy().ifPresent(previous -> countAdvocate(post, previous.value(), previous.countedBy().orElseThrow(), -1));
            if (!post.scorable()) {
                unscored.add(post.activityId());
                unadvocated.add(post.activityId());
                continue;
            }
            PostScore score = scorer.score(new PostToScore(post.activityId(), post.workspaceId(), post.text(), post.byBrand(),
                    post.replyToBrand(), post.parentText(), brandNames.getOrDefault(post.workspaceId(), List.of())));
            int sentiment = score.sentiment().sentiment().ordinal();
            int advocacy = STORED.indexOf(score.advocacy().advocacy());
            int flags = (post.brandReply() ? MeasureCounts.COUNTED_BRAND_REPLY : 0) | (onGoal(post) ? MeasureCounts.COUNTED_ON_GOAL : 0)
                    | (post.byBrand() ? MeasureCounts.COUNTED_BY_BRAND : 0)
                    | (post.replyToBrand() ? MeasureCounts.COUNTED_REPLY_TO_BRAND : 0)
                    | (post.brandAnswer() ? MeasureCounts.COUNTED_BRAND_ANSWER : 0);
            sentiments.add(new Object[] {post.activityId(), post.workspaceId(), sentiment, (float) score.sentiment().confidence(),
                    post.conversationId().orElse(null), flags});
            count(post, sentiment, advocacy, flags, post.conversationId().orElse(null), 1);
            if (advocacy >= 0) {
                advocacies.add(new Object[] {post.activityId(), post.workspaceId(), advocacy,
                        score.advocacy().evidence().orElse(null), post.authorIdentityId()});
                countAdvocate(post, advocacy, post.authorIdentityId(), 1);
            } else if (post.previousAdvocacy().isPresent()) {
                unadvocated.add(post.activityId());
            }
        }
        new ScoreRows(handle).write(sentiments, advocacies, unscored, unadvocated, queued);
        measures.write(handle);
        identities.write(handle);
        conversations.write(handle, "", "");
        AwaitingBrand.recheck(handle, awaiting);
        advocates.write(handle, "workspace_id", "(SELECT i.workspace_id FROM identity i WHERE i.id = u.id)");
        writeAdvocatedAt();
    }

    /** Kept by a listener for the goal, or carrying one of its keywords or hashtags now. */
    private boolean onGoal(QueuedPost post) {
        GoalMatcher goal = goals.get(post.workspaceId());
        return post.onGoal() || goal != null && goal.listensForGoal()
                && goal.match(new Heard(post.text(), List.of(), java.util.Optional.empty(), List.of())).isPresent();
    }

    /** @param advocacy the index in {@link #STORED}, or -1 */
    private void count(QueuedPost post, int sentiment, int advocacy, int flags, Long conversationId, int delta) {
        if (post.at() != null) {
            measures.add(post.workspaceId(), post.scopes(), post.at(), MeasureCounts.contribution(sentiment, advocacy, flags), delta);
        }
        identities.add(post, sentiment, advocacy, flags, delta);
        if (conversationId != null) {
            conversations.add(conversationId, sentiment, delta);
            if (post.byBrand() || sentiment == Sentiment.NEGATIVE.ordinal()) {
                awaiting.add(conversationId);
            }
        }
    }

    private void countAdvocate(QueuedPost post, int advocacy, long identityId, int delta) {
        if (advocacy <= STORED.indexOf(Advocacy.ANSWER)) {
            advocates.add(identityId, advocacy, delta);
            if (delta > 0 && post.at() != null) {
                advocatedAt.merge(identityId, post.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    private void writeAdvocatedAt() {
        if (advocatedAt.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(advocatedAt.keySet());
        handle.createUpdate("""
                        UPDATE advocate a SET last_at = greatest(a.last_at, u.at)
                        FROM unnest(:ids::bigint[], :ats::timestamptz[]) AS u(id, at) WHERE a.identity_id = u.id""")
                .bind("ids", ids.toArray(Long[]::new))
                .bind("ats", ids.stream().map(id -> advocatedAt.get(id).toString()).toArray(String[]::new))
                .execute();
    }
}
