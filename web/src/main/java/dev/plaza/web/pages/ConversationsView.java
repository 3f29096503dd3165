package dev.plaza.web.pages;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationStatus;
import java.util.List;
import java.util.Optional;

/** The Conversations list, filtered by status ("" for all). */
public record ConversationsView(Frame frame, String status, List<Conversation> conversations, Optional<String> moreHref) {

    public List<ConversationStatus> statuses() {
        return List.of(ConversationStatus.values());
    }
}
