package dev.plaza.core.engagement;

import java.time.LocalDate;
import java.util.Optional;

/** How many people went from one level ({@code empty}: not active) to another between a month and the one before. */
public record LevelFlow(LocalDate month, Optional<EngagementLevel> from, Optional<EngagementLevel> to, long people) {

    /** Closer to the community: a smaller Orbit number, or active after not being. */
    public boolean up() {
        return to.isPresent() && (from.isEmpty() || to.get().number() < from.get().number());
    }

    public boolean down() {
        return from.isPresent() && (to.isEmpty() || to.get().number() > from.get().number());
    }
}
