package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.time.Instant;
import java.util.Optional;

/** A thread of activities that share a root, with the team's status and assignee. */
public record Conversation(
        long id,
        long workspaceId,
        String rootUri,
        Platform platform,
        String subject,
        ConversationStatus status,
        Optional<Long> assigneeId,
        Instant startedAt,
        Instant lastActivityAt,
        int activityCount) {

    public Conversation {
        requireNonNull(rootUri, "rootUri");
        requireNonNull(platform, "platform");
        requireNonNull(subject, "subject");
        requireNonNull(status, "status");
        requireNonNull(assigneeId, "assigneeId");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(lastActivityAt, "lastActivityAt");
    }
}
