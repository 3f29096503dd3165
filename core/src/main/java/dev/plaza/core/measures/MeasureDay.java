package dev.plaza.core.measures;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.sentiment.Sentiment;
import java.time.LocalDate;

/**
 * One day of a {@link Scope}'s scored posts (posts, replies and mentions): by sentiment; by what they
 * did for the brand; the brand's own replies to people; and the posts about the goal (carrying one of
 * its keywords or hashtags), with those among them by the brand or naming it: its share of voice.
 */
public record MeasureDay(LocalDate day, long negative, long neutral, long positive, long recommendations, long answers,
                         long repliesToBrand, long mentions, long brandReplies, long goalPosts, long goalPostsOfBrand) {

    public MeasureDay {
        requireNonNull(day, "day");
    }

    public long count(Sentiment sentiment) {
        return switch (sentiment) {
            case NEGATIVE -> negative;
            case NEUTRAL -> neutral;
            case POSITIVE -> positive;
        };
    }

    public long count(Advocacy advocacy) {
        return switch (advocacy) {
            case RECOMMENDATION -> recommendations;
            case ANSWER -> answers;
            case REPLY_TO_BRAND -> repliesToBrand;
            case MENTION -> mentions;
            case NONE -> negative + neutral + positive - recommendations - answers - repliesToBrand - mentions;
        };
    }

    /** The brand's share of the day's posts about its goal, from 0 to 1; empty when nobody spoke of the goal. */
    public java.util.OptionalDouble shareOfVoice() {
        return goalPosts == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((double) goalPostsOfBrand / goalPosts);
    }

    public long posts() {
        return negative + neutral + positive;
    }
}
