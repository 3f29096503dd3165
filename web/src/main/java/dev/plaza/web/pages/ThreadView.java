package dev.plaza.web.pages;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.people.Identity;
import dev.plaza.core.team.TeamMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One conversation: its activities oldest first, who wrote each, and the team's status and assignee. */
public record ThreadView(
        Frame frame,
        Conversation conversation,
        List<Activity> activities,
        Map<Long, Identity> authors,
        List<TeamMember> members) {

    public Optional<Identity> author(Activity activity) {
        return Optional.ofNullable(authors.get(activity.authorIdentityId()));
    }

    public Optional<TeamMember> assignee() {
        return conversation.assigneeId().flatMap(id -> members.stream().filter(m -> m.id() == id).findFirst());
    }

    public boolean assignedTo(TeamMember member) {
        return conversation.assigneeId().equals(Optional.of(member.id()));
    }

    public List<ConversationStatus> statuses() {
        return List.of(ConversationStatus.values());
    }
}
