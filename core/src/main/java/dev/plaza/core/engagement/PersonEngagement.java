package dev.plaza.core.engagement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A person in one month: their level, and their love and reach over the three months up to it;
 * gravity, the pull they exert on the community, is the one times the other.
 */
public record PersonEngagement(long personId, String displayName, LocalDate month, EngagementLevel level, double love, long reach) {

    public PersonEngagement {
        requireNonNull(displayName, "displayName");
        requireNonNull(month, "month");
        requireNonNull(level, "level");
    }

    public double gravity() {
        return love * Math.max(1, reach);
    }
}
