package dev.plaza.core.advocacy;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.time.LocalDate;

/** How many posts of one kind of {@link Advocacy} were written on one platform on one day. */
public record AdvocacyDay(LocalDate day, Platform platform, Advocacy advocacy, long count) {

    public AdvocacyDay {
        requireNonNull(day, "day");
        requireNonNull(platform, "platform");
        requireNonNull(advocacy, "advocacy");
    }
}
