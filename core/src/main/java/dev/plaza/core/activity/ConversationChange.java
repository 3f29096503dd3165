package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Conversations that were started or changed (new activities, status, assignee), told after their
 * transaction committed, by whichever Plaza process wrote them. {@code workspaceId} is empty and
 * {@code conversationIds} too when changes may have been missed (the store lost its connection for
 * a while): every inbox should then reload. Empty ids in one workspace say that too many changed to
 * name them one by one.
 */
public record ConversationChange(Optional<Long> workspaceId, List<Long> conversationIds) {

    public ConversationChange {
        requireNonNull(workspaceId, "workspaceId");
        conversationIds = List.copyOf(conversationIds);
    }

    public static final ConversationChange MISSED = new ConversationChange(Optional.empty(), List.of());

    /** Whether an inbox of {@code workspace} should hear of it. */
    public boolean concerns(long workspace) {
        return workspaceId.map(w -> w == workspace).orElse(true);
    }

    /** Whether the listener should reload rather than fetch the named conversations. */
    public boolean reload() {
        return conversationIds.isEmpty();
    }
}
