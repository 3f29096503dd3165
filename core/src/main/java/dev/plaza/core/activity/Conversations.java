package dev.plaza.core.activity;

import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Threads, most recently active first. */
public interface Conversations {

    Page<Conversation> list(long workspaceId, ConversationFilter filter, PageRequest page);

    default Page<Conversation> list(long workspaceId, Optional<ConversationStatus> status, PageRequest page) {
        return list(workspaceId, ConversationFilter.ofStatus(status), page);
    }

    Optional<Conversation> find(long workspaceId, long conversationId);

    /** The conversation if {@code filter} lets it through, as {@link #list} would. */
    Optional<Conversation> find(long workspaceId, long conversationId, ConversationFilter filter);

    /** Every activity of the thread, oldest first. */
    List<Activity> thread(long workspaceId, long conversationId);

    Conversation setStatus(long workspaceId, long conversationId, ConversationStatus status);

    Conversation assign(long workspaceId, long conversationId, Optional<Long> memberId);
}
