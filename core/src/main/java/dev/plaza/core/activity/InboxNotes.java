package dev.plaza.core.activity;

import java.util.List;

/** The team's internal notes on conversations, oldest first. */
public interface InboxNotes {

    List<ConversationNote> of(long workspaceId, long conversationId);

    /** Adds a note by {@code memberId}, who must be on the workspace's team. */
    ConversationNote add(long workspaceId, long conversationId, long memberId, String text);
}
