package dev.plaza.core.advocacy;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.Activity;

/** A post that speaks for the brand, with its author as a person and how it was read. */
public record AdvocacyPost(Activity activity, long personId, String authorName, AdvocacyReading reading) {

    public AdvocacyPost {
        requireNonNull(activity, "activity");
        requireNonNull(authorName, "authorName");
        requireNonNull(reading, "reading");
    }
}
