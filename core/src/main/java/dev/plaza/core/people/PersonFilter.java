package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.util.Optional;

/** What the People page and API search by: free text over names and handles, and a platform. */
public record PersonFilter(Optional<String> text, Optional<Platform> platform) {

    public static final PersonFilter ALL = new PersonFilter(Optional.empty(), Optional.empty());

    public PersonFilter {
        requireNonNull(text, "text");
        requireNonNull(platform, "platform");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
    }
}
