package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The community's shared goal: what it is about, and what marks a conversation as part of it. */
public record Goal(
        long workspaceId,
        String description,
        List<String> keywords,
        List<String> hashtags,
        List<String> languages,
        List<String> exclusions) {

    public static final int MAX_DESCRIPTION = 2_000;

    public Goal {
        requireNonNull(description, "description");
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("goal description is %d chars; the limit is %d"
                    .formatted(description.length(), MAX_DESCRIPTION));
        }
        keywords = List.copyOf(keywords);
        hashtags = List.copyOf(hashtags);
        languages = List.copyOf(languages);
        exclusions = List.copyOf(exclusions);
    }

    public static Goal empty(long workspaceId) {
        return new Goal(workspaceId, "", List.of(), List.of(), List.of(), List.of());
    }
}
