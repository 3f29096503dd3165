package dev.plaza.core.relationships;

import java.time.Duration;
import java.util.Optional;

/**
 * A person's relationship with the brand, across all their identities: who answers whom, how fast the
 * brand answers, and how long and how often they have been around.
 *
 * @param theirReplies their replies to the brand's posts
 * @param brandReplies the brand's replies to their posts
 * @param medianResponse how long the brand took, the median of its replies to them
 * @param activeMonths calendar months with at least one of their activities
 * @param tenureMonths calendar months from their first activity to their last, both counted
 */
public record Relationship(long theirReplies, long brandReplies, Optional<Duration> medianResponse, int activeMonths,
                           int tenureMonths) {

    /** From 0 (one side only, or nobody) to 1 (each answers the other as often): the smaller count over the larger. */
    public double reciprocity() {
        long larger = Math.max(theirReplies, brandReplies);
        return larger == 0 ? 0 : (double) Math.min(theirReplies, brandReplies) / larger;
    }

    /** The share of the months of their tenure in which they were active: repeat interaction. */
    public double retention() {
        return tenureMonths == 0 ? 0 : (double) activeMonths / tenureMonths;
    }
}
