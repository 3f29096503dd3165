package dev.plaza.store;

import dev.plaza.core.activity.ConversationChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every Plaza process on the database which conversations a transaction started or changed:
 * the writing transaction sends {@code NOTIFY plaza_conversations, 'workspace:id,id,…'} (PostgreSQL
 * delivers it at commit, so a CLI import in another process is heard too), and the
 * {@link DatabaseListener} hands each payload to {@link #heard}. A batch that touched more than
 * {@link #MAX_NAMED} conversations says only its workspace ("workspace:*").
 */
final class ConversationSignal {

    static final String CHANNEL = "plaza_conversations";
    static final int MAX_NAMED = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ConversationSignal.class);

    private final List<Consumer<ConversationChange>> listeners = new CopyOnWriteArrayList<>();

    static void notify(Handle handle, long workspaceId, Collection<Long> conversationIds) {
        PendingWrites now = new PendingWrites();
        notify(now, workspaceId, conversationIds);
        now.flush(handle);
    }

    /** As above, one more of the transaction's pending writes: PostgreSQL delivers it at commit either way. */
    static void notify(PendingWrites writes, long workspaceId, Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return;
        }
        String ids = conversationIds.size() > MAX_NAMED ? "*"
                : String.join(",", conversationIds.stream().distinct().map(String::valueOf).toList());
        writes.add("SELECT pg_notify(:channel, :payload)", Map.of("channel", CHANNEL, "payload", workspaceId + ":" + ids));
    }

    AutoCloseable subscribe(Consumer<ConversationChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A payload from the listening connection; {@code ""} after it reconnected. */
    void heard(String payload) {
        ConversationChange change;
        try {
            change = parse(payload);
        } catch (IllegalArgumentException e) {
            LOG.warn("ignored a conversation notification: {}", e.getMessage());
            return;
        }
        for (Consumer<ConversationChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("a conversation listener failed", e);
            }
        }
    }

    static ConversationChange parse(String payload) {
        if (payload.isEmpty()) {
            return ConversationChange.MISSED;
        }
        int colon = payload.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("'%s' is not workspace:ids".formatted(payload));
        }
        try {
            long workspace = Long.parseLong(payload.substring(0, colon));
            String ids = payload.substring(colon + 1);
            List<Long> named = new ArrayList<>();
            if (!ids.equals("*")) {
                for (String id : ids.split(",")) {
                    named.add(Long.parseLong(id));
                }
            }
            return new ConversationChange(Optional.of(workspace), named);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not workspace:ids".formatted(payload), e);
        }
    }
}
