package dev.plaza.web.pages;

import dev.plaza.core.bluesky.BlueskyPost;
import dev.plaza.core.publishing.Engagement;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Reaction;
import java.util.List;
import java.util.Optional;

/**
 * The Publish page: who posts (the fediverse actor, the connected Bluesky account), the latest posts
 * on each with how they did, the latest likes and boosts.
 */
public record PublishView(Frame frame, Optional<String> brand, List<PostRow> posts, List<Reaction> reactions,
        String replyTo, Optional<String> blueskyHandle, List<BlueskyPost> blueskyPosts) {

    public PublishView {
        posts = List.copyOf(posts);
        reactions = List.copyOf(reactions);
        replyTo = replyTo == null ? "" : replyTo;
        blueskyPosts = List.copyOf(blueskyPosts);
    }

    /** Whether the page can post anywhere: a fediverse actor or a Bluesky account. */
    public boolean canPost() {
        return brand.isPresent() || blueskyHandle.isPresent();
    }

    /** A post with its replies, likes and boosts, and its poll's options with their votes. */
    public record PostRow(LocalPost post, Engagement engagement, List<PollOption> options, long voters) {
    }

    /** One poll option: its votes and the poll's total, for the bar. */
    public record PollOption(String name, long votes, long total) {

        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * votes / total);
        }
    }
}
