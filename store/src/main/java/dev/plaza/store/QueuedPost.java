package dev.plaza.store;

import dev.plaza.core.community.Platform;
import dev.plaza.core.measures.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A post taken from the scoring queue, as it is now: gone, emptied or not a post any more
 * ({@code scorable} false), where it was said, its conversation and author, whether the brand wrote it
 * or the post it replies to, whether it is about the goal, and how it was counted before, if it was.
 */
record QueuedPost(long activityId, boolean scorable, long workspaceId, String platform, Instant at, String text,
                  Optional<Long> communityId, Optional<Long> channelId, Optional<Long> conversationId, long authorIdentityId,
                  boolean byBrand, boolean replyToBrand, Optional<String> parentText, boolean onGoal,
                  Optional<Counted> previousSentiment, Optional<Counted> previousAdvocacy, int previousFlags,
                  Optional<Parent> parent) {

    /** The class a post was counted in, and the conversation (for sentiment) or author (for advocacy) counting it. */
    record Counted(int value, Optional<Long> countedBy) {
    }

    /**
     * The post it replies to, when Plaza stored it: whose it is, when it was posted, and whether a reply to it
     * counts as answering it (it is not deleted, and in the same conversation).
     */
    record Parent(long authorIdentityId, Instant at, boolean answerable) {
    }

    static QueuedPost read(ResultSet rs) throws SQLException {
        Optional<Integer> sentiment = optionalInt(rs, "scored");
        Optional<Integer> advocacy = optionalInt(rs, "advocated");
        Optional<Long> scoredConversation = Rows.optionalLong(rs, "scored_conversation");
        Optional<Long> advocate = Rows.optionalLong(rs, "advocated_by");
        boolean parentByBrand = rs.getBoolean("parent_by_brand");
        return new QueuedPost(rs.getLong("activity_id"), rs.getBoolean("scorable"), rs.getLong("workspace_id"),
                rs.getString("platform"), rs.getTimestamp("at") == null ? null : rs.getTimestamp("at").toInstant(),
                rs.getString("text"), Rows.optionalLong(rs, "community_id"), Rows.optionalLong(rs, "channel_id"),
                Rows.optionalLong(rs, "conversation_id"), rs.getLong("author_identity_id"),
                rs.getBoolean("by_brand"), parentByBrand,
                parentByBrand ? Optional.empty() : Optional.ofNullable(rs.getString("parent_text")), rs.getBoolean("on_goal"),
                sentiment.map(s -> new Counted(s, scoredConversation)), advocacy.map(a -> new Counted(a, advocate)),
                rs.getInt("counted"), parent(rs));
    }

    private static Optional<Parent> parent(ResultSet rs) throws SQLException {
        return Rows.optionalLong(rs, "parent_identity").isEmpty() ? Optional.empty()
                : Optional.of(new Parent(rs.getLong("parent_identity"), rs.getTimestamp("parent_at").toInstant(),
                        rs.getBoolean("parent_answerable")));
    }

    /** A reply of the brand's to a post Plaza stored, its own included, that is there to be answered. */
    boolean brandAnswer() {
        return byBrand && parent.filter(Parent::answerable).isPresent();
    }

    /** A reply of the brand's to a post of someone else's that Plaza stored. */
    boolean brandReply() {
        return byBrand && parentText.isPresent();
    }

    /** The dashboards this post counts in: the whole community, its platform, community and channel. */
    List<String> scopes() {
        List<String> scopes = new java.util.ArrayList<>(4);
        scopes.add(Scope.ALL.key());
        scopes.add(new Scope.OfPlatform(Platform.fromKey(platform)).key());
        communityId.ifPresent(id -> scopes.add(new Scope.OfCommunity(id).key()));
        channelId.ifPresent(id -> scopes.add(new Scope.OfChannel(id).key()));
        return scopes;
    }

    private static Optional<Integer> optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
