package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.util.Optional;

/** Which activities to list: by author's person, platform, kind or conversation; empty means all. */
public record ActivityFilter(
        Optional<Long> personId,
        Optional<Platform> platform,
        Optional<ActivityKind> kind,
        Optional<Long> conversationId) {

    public static final ActivityFilter ALL =
            new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ActivityFilter {
        requireNonNull(personId, "personId");
        requireNonNull(platform, "platform");
        requireNonNull(kind, "kind");
        requireNonNull(conversationId, "conversationId");
    }

    public static ActivityFilter ofPerson(long personId) {
        return new ActivityFilter(Optional.of(personId), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ActivityFilter ofConversation(long conversationId) {
        return new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(conversationId));
    }
}
