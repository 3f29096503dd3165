package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationStatus;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Threads, most recently active first; the team answers, ignores and assigns them. */
final class ConversationEndpoints {

    private final Store store;

    ConversationEndpoints(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        Query query = Query.of(ctx, Set.of("status", "platform", "assignee", "cursor", "limit"));
        ConversationFilter filter = ConversationFilter.ALL.withStatus(query.status()).withPlatform(query.platform())
                .withAssignee(query.assignee());
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
        assignee.ifPresent(memberId -> requireTeamMember(workspaceId, memberId));
        status.ifPresent(s -> store.conversations().setStatus(workspaceId, conversation.id(), s));
        if (body.has("assignee_id")) {
            store.conversations().assign(workspaceId, conversation.id(), assignee);
        }
        Json.send(ctx, detail(workspaceId, find(workspaceId, conversation.id())));
    }

    private ConversationDetailJson detail(long workspaceId, Conversation conversation) {
        return ConversationDetailJson.of(conversation, store.conversations().thread(workspaceId, conversation.id()));
    }

    private Conversation find(long workspaceId, long conversationId) {
        return store.conversations().find(workspaceId, conversationId)
                .orElseThrow(() -> new NotFoundException("conversation", conversationId));
    }

    private void requireTeamMember(long workspaceId, long memberId) {
        if (store.team().find(memberId).filter(m -> m.workspaceId() == workspaceId).isEmpty()) {
            throw new PlazaException("field 'assignee_id': %d is not a member of this workspace's team"
                    .formatted(memberId));
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
