package dev.plaza.web.pages;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.core.paging.Page;
import dev.plaza.core.people.Identity;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversations: the list by status, platform and assignee, a thread, and (for managers) its status and assignee. */
final class ConversationPages {

    static final int PAGE = 25;

    private final PageSupport pages;

    ConversationPages(PageSupport pages) {
        this.pages = pages;
    }

    void list(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        ConversationFilter filter = ConversationFilter.ALL
                .withStatus(PageSupport.param(ctx, "status").map(ConversationPages::status))
                .withPlatform(PageSupport.param(ctx, "platform").map(Platform::fromKey))
                .withAssignee(PageSupport.param(ctx, "assignee").map(ConversationFilter.Assignee::parse));
        Page<Conversation> page = pages.store().conversations().list(workspace, filter, PeoplePages.request(ctx, PAGE));
        String status = filter.status().map(ConversationStatus::key).orElse("");
        String platform = filter.platform().map(Platform::key).orElse("");
        String assignee = filter.assignee().map(ConversationFilter.Assignee::key).orElse("");
        ConversationsView view = new ConversationsView(pages.frame(ctx, "Conversations", "conversations"), status, platform,
                assignee, pages.store().team().list(workspace), page.items(), page.nextCursor().map(c -> Fmt.url("/conversations",
                        "status", status, "platform", platform, "assignee", assignee, "cursor", c)));
        ctx.header("Vary", "HX-Request, HX-Target");
        if ("conversations-more".equals(ctx.header("HX-Target"))) {
            pages.render(ctx, "pages/conversation-rows.jte", view);
        } else {
            pages.render(ctx, "pages/conversations.jte", view);
        }
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "conversation-id");
        Conversation conversation = pages.store().conversations().find(workspace, id)
                .orElseThrow(() -> new NotFoundException("conversation", id));
        List<Activity> thread = pages.store().conversations().thread(workspace, id);
        Map<Long, Identity> authors = new HashMap<>();
        for (Activity activity : thread) {
            authors.computeIfAbsent(activity.authorIdentityId(),
                    identity -> pages.store().people().identity(workspace, identity).orElse(null));
        }
        pages.render(ctx, "pages/conversation.jte", new ThreadView(
                pages.frame(ctx, conversation.subject().isBlank() ? "Conversation " + id : conversation.subject(),
                        "conversations"),
                conversation, thread, authors, pages.store().team().list(workspace),
                pages.store().activities().matchReasons(workspace, thread.stream().map(Activity::id).toList())));
    }

    void setStatus(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "conversation-id");
        PageSupport.attempt(ctx, "/conversations/" + id, () -> {
            ConversationStatus status = status(PageSupport.form(ctx, "status"));
            pages.store().conversations().setStatus(workspace, id, status);
            return "Marked the conversation %s.".formatted(status.key());
        });
    }

    void assign(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "conversation-id");
        PageSupport.attempt(ctx, "/conversations/" + id, () -> {
            String raw = PageSupport.form(ctx, "member");
            Optional<Long> member = raw.isEmpty() ? Optional.empty() : Optional.of(memberId(raw));
            member.ifPresent(m -> pages.store().team().find(m).filter(t -> t.workspaceId() == workspace)
                    .orElseThrow(() -> new IllegalArgumentException("team member %d is not on this team".formatted(m))));
            pages.store().conversations().assign(workspace, id, member);
            return member.isPresent() ? "Assigned the conversation." : "The conversation is unassigned now.";
        });
    }

    static ConversationStatus status(String key) {
        return Arrays.stream(ConversationStatus.values())
                .filter(s -> s.key().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown conversation status '%s'; expected open, answered or ignored"
                        .formatted(key)));
    }

    private static long memberId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not a team member".formatted(raw));
        }
    }
}
