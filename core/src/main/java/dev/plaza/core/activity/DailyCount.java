package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.time.LocalDate;

/** How many activities happened on one platform on one day: a point of the Overview chart. */
public record DailyCount(LocalDate day, Platform platform, long count) {

    public DailyCount {
        requireNonNull(day, "day");
        requireNonNull(platform, "platform");
    }
}
