package dev.plaza.core.engagement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;

/**
 * One month of the whole community: how many people stood at each level, how many moved up or down
 * since the month before, and its relationship with the brand.
 *
 * @param active people with any activity in the month
 * @param newcomers people whose first activity was in the month
 * @param turnedToBrand people who replied to the brand, mentioned or recommended it
 * @param answeredByBrand people the brand replied to
 * @param toBrand their posts for the brand
 * @param fromBrand the brand's replies to people
 * @param medianResponse how long the brand took to reply to people's posts, the median of its replies that month
 */
public record EngagementMonth(LocalDate month, Map<EngagementLevel, Long> levels, long movedUp, long movedDown, long active,
                              long newcomers, long turnedToBrand, long answeredByBrand, long toBrand, long fromBrand,
                              java.util.Optional<java.time.Duration> medianResponse) {

    public EngagementMonth {
        requireNonNull(month, "month");
        requireNonNull(medianResponse, "medianResponse");
        levels = Map.copyOf(levels);
    }

    public long people(EngagementLevel level) {
        return levels.getOrDefault(level, 0L);
    }

    /** From 0 to 1: the smaller of the posts for the brand and its replies over the larger. */
    public double reciprocity() {
        long larger = Math.max(toBrand, fromBrand);
        return larger == 0 ? 0 : (double) Math.min(toBrand, fromBrand) / larger;
    }
}
