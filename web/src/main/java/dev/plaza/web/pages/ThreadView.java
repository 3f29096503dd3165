package dev.plaza.web.pages;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationNote;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.people.Identity;
import dev.plaza.core.team.TeamMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One conversation: its activities oldest first, who wrote each, why a listener kept those it kept,
 * the team's status and assignee, its internal notes (never sent anywhere), and why no reply can be
 * sent from here when none can.
 */
public record ThreadView(
        Frame frame,
        Conversation conversation,
        List<Activity> activities,
        Map<Long, Identity> authors,
        List<TeamMember> members,
        Map<Long, List<MatchReason>> reasons,
        List<ConversationNote> notes,
        Optional<String> noReply) {

    public Optional<Identity> author(Activity activity) {
        return Optional.ofNullable(authors.get(activity.authorIdentityId()));
    }

    /** Why a listener kept the activity, as a sentence's end ("the keyword “repair café”, replying to the brand"). */
    public Optional<String> heardFor(Activity activity) {
        return Optional.ofNullable(reasons.get(activity.id())).filter(list -> !list.isEmpty())
                .map(list -> String.join(", ", list.stream().map(ThreadView::described).toList()));
    }

    private static String described(MatchReason reason) {
        return switch (reason.kind()) {
            case KEYWORD -> "the keyword “" + reason.detail() + "”";
            case HASHTAG -> "the hashtag #" + reason.detail();
            case MENTIONS_BRAND -> "mentioning the brand";
            case REPLIES_TO_BRAND -> "replying in the brand's thread";
            case QUOTES_BRAND -> "quoting the brand";
            case LIKES_BRAND -> "liking the brand's post";
            case REPOSTS_BRAND -> "reposting the brand's post";
            case FOLLOWS_BRAND -> "following the brand";
            case LANGUAGE_DETECTED -> "in the language detected, " + reason.detail();
        };
    }

    public Optional<TeamMember> assignee() {
        return conversation.assigneeId().flatMap(id -> members.stream().filter(m -> m.id() == id).findFirst());
    }

    public boolean assignedTo(TeamMember member) {
        return conversation.assigneeId().equals(Optional.of(member.id()));
    }

    /** The activity a reply answers unless another is chosen: the last one. */
    public long replyTarget() {
        return activities.isEmpty() ? 0 : activities.getLast().id();
    }

    public int noteLimit() {
        return ConversationNote.MAX_TEXT;
    }

    public List<ConversationStatus> statuses() {
        return List.of(ConversationStatus.values());
    }
}
