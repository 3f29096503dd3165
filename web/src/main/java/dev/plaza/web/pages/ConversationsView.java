package dev.plaza.web.pages;

import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationFilterKeys;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.activity.SavedView;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.Community;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.team.TeamMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Conversations list and its filters, each by the key the URL carries ("" for any; "nobody" for
 * conversations no one was assigned), with the choices for each and the viewer's saved views.
 */
public record ConversationsView(Frame frame, ConversationFilter filter, List<TeamMember> members, List<Community> communities,
                                List<Channel> channels, List<SavedView> views, List<Conversation> conversations,
                                Optional<String> moreHref) {

    private String key(String name) {
        return ConversationFilterKeys.of(filter).getOrDefault(name, "");
    }

    public String status() {
        return key("status");
    }

    public String platform() {
        return key("platform");
    }

    public String assignee() {
        return key("assignee");
    }

    public String community() {
        return key("community");
    }

    public String channel() {
        return key("channel");
    }

    public String language() {
        return key("language");
    }

    public String reason() {
        return key("reason");
    }

    public String sentiment() {
        return key("sentiment");
    }

    public List<dev.plaza.core.sentiment.Sentiment> sentiments() {
        return List.of(dev.plaza.core.sentiment.Sentiment.values());
    }

    public boolean attentionFirst() {
        return filter.order() == dev.plaza.core.activity.ConversationOrder.ATTENTION;
    }

    public boolean unanswered() {
        return filter.unansweredQuestions();
    }

    public List<ConversationStatus> statuses() {
        return List.of(ConversationStatus.values());
    }

    public List<Platform> platforms() {
        return List.of(Platform.values());
    }

    public List<MatchReason.Kind> reasons() {
        return List.of(MatchReason.Kind.values());
    }

    public static String reasonLabel(MatchReason.Kind kind) {
        return switch (kind) {
            case KEYWORD -> "A keyword";
            case HASHTAG -> "A hashtag";
            case MENTIONS_BRAND -> "Mentions the brand";
            case REPLIES_TO_BRAND -> "Replies to the brand";
            case QUOTES_BRAND -> "Quotes the brand";
            case LIKES_BRAND -> "Likes the brand's post";
            case REPOSTS_BRAND -> "Reposts the brand's post";
            case FOLLOWS_BRAND -> "Follows the brand";
            case LANGUAGE_DETECTED -> "Its language detected";
        };
    }

    public boolean filtered() {
        return !ConversationFilterKeys.of(filter).isEmpty();
    }

    /** The list's address with the current filters and {@code more} name/value pairs after them. */
    public String href(String... more) {
        return href(filter, more);
    }

    public static String href(ConversationFilter filter, String... more) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> e : ConversationFilterKeys.of(filter).entrySet()) {
            pairs.add(e.getKey());
            pairs.add(e.getValue());
        }
        pairs.addAll(List.of(more));
        return Fmt.url("/conversations", pairs.toArray(String[]::new));
    }

    public String viewHref(SavedView view) {
        return href(view.filter());
    }

    public boolean current(SavedView view) {
        return view.filter().equals(filter);
    }

    /** The current filters as hidden fields, for the form that saves them as a view. */
    public Map<String, String> filterValues() {
        return ConversationFilterKeys.of(filter);
    }
}
