package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** One human (or organisation) across platforms, with every identity linked to them. */
public record Person(
        long id,
        long workspaceId,
        String displayName,
        Instant firstSeen,
        Instant lastSeen,
        int identityCount,
        long activityCount) {

    public Person {
        requireNonNull(displayName, "displayName");
        requireNonNull(firstSeen, "firstSeen");
        requireNonNull(lastSeen, "lastSeen");
    }
}
