package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationFilterKeys;
import dev.plaza.core.activity.ConversationStatus;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Threads, most recently active first; the team answers, ignores and assigns them, and keeps notes on them. */
final class ConversationEndpoints {

    private final Store store;

    ConversationEndpoints(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        Set<String> allowed = new HashSet<>(ConversationFilterKeys.NAMES);
        allowed.addAll(List.of("cursor", "limit"));
        Query query = Query.of(ctx, allowed);
        ConversationFilter filter = ConversationFilterKeys.parse(query::text);
        var page = store.conversations().list(Caller.workspace(ctx), filter, query.page());
        Json.send(ctx, ListJson.of(page, ConversationJson::of));
    }

    void get(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Json.send(ctx, detail(workspaceId, find(workspaceId, Caller.pathId(ctx, "conversation"))));
    }

    void update(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Conversation conversation = find(workspaceId, Caller.pathId(ctx, "conversation"));
        Body body = Body.of(ctx, List.of("status", "assignee_id"));
        if (body.isEmpty()) {
            throw new IllegalArgumentException("the request body changes nothing; give 'status', 'assignee_id' or both");
        }
        Optional<ConversationStatus> status = body.string("status").map(ConversationEndpoints::status);
        Optional<Long> assignee = body.nullableId("assignee_id");
        assignee.ifPresent(memberId -> requireTeamMember(workspaceId, memberId, "assignee_id"));
        status.ifPresent(s -> store.conversations().setStatus(workspaceId, conversation.id(), s));
        if (body.has("assignee_id")) {
            store.conversations().assign(workspaceId, conversation.id(), assignee);
        }
        Json.send(ctx, detail(workspaceId, find(workspaceId, conversation.id())));
    }

    void notes(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Conversation conversation = find(workspaceId, Caller.pathId(ctx, "conversation"));
        Json.send(ctx, new NoteJson.Items(store.inboxNotes().of(workspaceId, conversation.id()).stream().map(NoteJson::of).toList()));
    }

    void addNote(Context ctx) {
        Query.of(ctx, Set.of());
        long workspaceId = Caller.workspace(ctx);
        Conversation conversation = find(workspaceId, Caller.pathId(ctx, "conversation"));
        Body body = Body.of(ctx, List.of("text", "author_id"));
        String text = body.requiredString("text");
        long author = Caller.of(ctx).memberId().or(() -> body.id("author_id")).orElseThrow(() -> new IllegalArgumentException(
                "field 'author_id' is required: an API token writes a note for a team member, whose id it names"));
        requireTeamMember(workspaceId, author, "author_id");
        try {
            Json.send(ctx, HttpStatus.CREATED, NoteJson.of(store.inboxNotes().add(workspaceId, conversation.id(), author, text)));
        } catch (IllegalArgumentException e) {
            throw new PlazaException("field 'text': " + e.getMessage());
        }
    }

    private ConversationDetailJson detail(long workspaceId, Conversation conversation) {
        return ConversationDetailJson.of(conversation, store.conversations().thread(workspaceId, conversation.id()));
    }

    private Conversation find(long workspaceId, long conversationId) {
        return store.conversations().find(workspaceId, conversationId)
                .orElseThrow(() -> new NotFoundException("conversation", conversationId));
    }

    private void requireTeamMember(long workspaceId, long memberId, String field) {
        if (store.team().find(memberId).filter(m -> m.workspaceId() == workspaceId).isEmpty()) {
            throw new PlazaException("field '%s': %d is not a member of this workspace's team"
                    .formatted(field, memberId));
        }
    }

    private static ConversationStatus status(String key) {
        try {
            return Query.status(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'status': " + e.getMessage(), e);
        }
    }
}
