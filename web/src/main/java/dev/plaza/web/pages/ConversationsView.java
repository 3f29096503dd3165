package dev.plaza.web.pages;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.core.team.TeamMember;
import java.util.List;
import java.util.Optional;

/**
 * The Conversations list and its filters: status, platform and assignee, each by its key ("" for any;
 * "nobody" for conversations no one was assigned).
 */
public record ConversationsView(Frame frame, String status, String platform, String assignee, List<TeamMember> members,
                                List<Conversation> conversations, Optional<String> moreHref) {

    public List<ConversationStatus> statuses() {
        return List.of(ConversationStatus.values());
    }

    public List<Platform> platforms() {
        return List.of(Platform.values());
    }

    public boolean filtered() {
        return !status.isEmpty() || !platform.isEmpty() || !assignee.isEmpty();
    }
}
