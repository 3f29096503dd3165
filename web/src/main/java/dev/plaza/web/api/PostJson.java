package dev.plaza.web.api;

import dev.plaza.core.publishing.Engagement;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Mention;
import dev.plaza.core.publishing.PollTally;
import dev.plaza.core.publishing.PostPoll;
import java.time.Instant;
import java.util.List;

/**
 * A post of the workspace's actor: what was written ({@code text}), the HTML it became, how it was
 * addressed, its poll with the votes so far, and what it drew from others.
 */
record PostJson(
        long id,
        String uri,
        String visibility,
        String text,
        String content,
        String contentWarning,
        String language,
        String inReplyTo,
        List<MentionJson> mentions,
        List<String> hashtags,
        PollJson poll,
        Instant published,
        Instant updated,
        Instant deletedAt,
        EngagementJson engagement) {

    record MentionJson(String actor, String handle) {

        static MentionJson of(Mention m) {
            return new MentionJson(m.actorUri(), m.handle());
        }
    }

    record PollJson(List<PollOptionJson> options, boolean multiple, Instant closesAt, long voters) {

        static PollJson of(PostPoll poll, PollTally tally) {
            return new PollJson(poll.options().stream().map(o -> new PollOptionJson(o, tally.votesFor(o))).toList(),
                    poll.multiple(), poll.closesAt(), tally.voters());
        }
    }

    record PollOptionJson(String title, long votes) {
    }

    record EngagementJson(long replies, long likes, long boosts) {

        static EngagementJson of(Engagement e) {
            return new EngagementJson(e.replies(), e.likes(), e.boosts());
        }
    }

    /** {@code tally} counts the votes of the post's poll; a post without a poll has none. */
    static PostJson of(LocalPost p, PollTally tally, Engagement engagement) {
        return new PostJson(p.id(), p.uri(), p.visibility().key(), p.source(), p.content(),
                p.contentWarning().orElse(null), p.language().orElse(null), p.inReplyTo().orElse(null),
                p.mentions().stream().map(MentionJson::of).toList(), p.hashtags(),
                p.poll().map(poll -> PollJson.of(poll, tally)).orElse(null), p.published(),
                p.updated().orElse(null), p.deletedAt().orElse(null), EngagementJson.of(engagement));
    }
}
