package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.util.Optional;

/** Which activities to list: by author's person, platform, kind, conversation or days; empty means all. */
public record ActivityFilter(
        Optional<Long> personId,
        Optional<Platform> platform,
        Optional<ActivityKind> kind,
        Optional<Long> conversationId,
        Optional<DaySpan> days) {

    public static final ActivityFilter ALL =
            new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ActivityFilter {
        requireNonNull(personId, "personId");
        requireNonNull(platform, "platform");
        requireNonNull(kind, "kind");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(days, "days");
    }

    /** Any day. */
    public ActivityFilter(Optional<Long> personId, Optional<Platform> platform, Optional<ActivityKind> kind,
                          Optional<Long> conversationId) {
        this(personId, platform, kind, conversationId, Optional.empty());
    }

    /** Everything that happened on those days, on one platform or on every one. */
    public static ActivityFilter during(DaySpan days, Optional<Platform> platform) {
        return new ActivityFilter(Optional.empty(), platform, Optional.empty(), Optional.empty(), Optional.of(days));
    }

    public static ActivityFilter ofPerson(long personId) {
        return new ActivityFilter(Optional.of(personId), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ActivityFilter ofConversation(long conversationId) {
        return new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(conversationId));
    }
}
