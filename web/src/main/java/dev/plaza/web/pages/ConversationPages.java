package dev.plaza.web.pages;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationFilterKeys;
import dev.plaza.core.activity.SavedView;
import dev.plaza.core.community.CommunitySummary;
import dev.plaza.web.auth.Principal;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.paging.Page;
import dev.plaza.core.people.Identity;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversations: the list by its filters and the viewer's saved views, a thread with the team's notes,
 * and (for managers) its status, assignee and notes.
 */
final class ConversationPages {

    static final int PAGE = 25;

    private final PageSupport pages;
    private final Replies replies;

    ConversationPages(PageSupport pages, Replies replies) {
        this.pages = pages;
        this.replies = replies;
    }

    void list(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        ConversationFilter filter = filter(ctx);
        Page<Conversation> page = pages.store().conversations().list(workspace, filter, PeoplePages.request(ctx, PAGE));
        List<SavedView> views = Principal.of(ctx).memberId().map(m -> pages.store().savedViews().of(workspace, m))
                .orElse(List.of());
        ConversationsView view = new ConversationsView(pages.frame(ctx, "Conversations", "conversations"), filter,
                pages.store().team().list(workspace),
                pages.store().communities().list(workspace).stream().map(CommunitySummary::community).toList(),
                pages.store().channels().list(workspace), views, page.items(),
                page.nextCursor().map(c -> ConversationsView.href(filter, "cursor", c)));
        ctx.header("Vary", "HX-Request, HX-Target");
        if ("conversations-more".equals(ctx.header("HX-Target"))) {
            pages.render(ctx, "pages/conversation-rows.jte", view);
        } else {
            pages.render(ctx, "pages/conversations.jte", view);
        }
    }

    static ConversationFilter filter(Context ctx) {
        return ConversationFilterKeys.parse(name -> PageSupport.param(ctx, name));
    }

    /** One row of the list, or nothing when the conversation does not pass the filters of the query. */
    void row(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "conversation-id");
        pages.store().conversations().find(workspace, id).orElseThrow(() -> new NotFoundException("conversation", id));
        ctx.header("Cache-Control", "no-store");
        Optional<Conversation> shown = pages.store().conversations().find(workspace, id, filter(ctx));
        if (shown.isPresent()) {
            pages.render(ctx, "pages/conversation-row.jte", shown.get());
        } else {
            ctx.html("");
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
                pages.store().activities().matchReasons(workspace, thread.stream().map(Activity::id).toList()),
                pages.store().inboxNotes().of(workspace, id), replies.whyNot(conversation.platform())));
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

    /** Sends a reply on the conversation's platform, to the chosen activity or else the last one. */
    void reply(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "conversation-id");
        Conversation conversation = pages.store().conversations().find(workspace, id)
                .orElseThrow(() -> new NotFoundException("conversation", id));
        PageSupport.attempt(ctx, "/conversations/" + id, () -> {
            List<Activity> thread = pages.store().conversations().thread(workspace, id);
            String chosen = PageSupport.form(ctx, "target");
            Activity target = chosen.isEmpty() ? thread.getLast() : thread.stream()
                    .filter(a -> Long.toString(a.id()).equals(chosen)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("activity %s is not in this conversation".formatted(chosen)));
            String sender = replies.send(new Replier.Reply(workspace, Principal.of(ctx).memberId(), conversation, target,
                    PageSupport.form(ctx, "text")));
            return "Replied as %s on %s; the conversation is marked answered.".formatted(sender, conversation.platform().label());
        });
    }

    void addNote(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "conversation-id");
        long member = member(ctx);
        PageSupport.attempt(ctx, "/conversations/" + id + "#notes", () -> {
            pages.store().inboxNotes().add(workspace, id, member, PageSupport.form(ctx, "text"));
            return "Added the note; only the team sees it.";
        });
    }

    void saveView(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long member = member(ctx);
        ConversationFilter filter = ConversationFilterKeys.parse(name -> Optional.of(PageSupport.form(ctx, name))
                .filter(v -> !v.isEmpty()));
        PageSupport.attempt(ctx, ConversationsView.href(filter), () -> {
            var saved = pages.store().savedViews().save(workspace, member, PageSupport.form(ctx, "name"), filter);
            return "Saved the view “%s”.".formatted(saved.name());
        });
    }

    void deleteView(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long member = member(ctx);
        long view = PageSupport.pathId(ctx, "view-id");
        if (!pages.store().savedViews().delete(workspace, member, view)) {
            throw new NotFoundException("saved view", view);
        }
        PageSupport.redirect(ctx, "/conversations", "Deleted the view.");
    }

    private static long member(Context ctx) {
        return Principal.of(ctx).memberId()
                .orElseThrow(() -> new IllegalArgumentException("only a team member signed in can do this"));
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
