package dev.plaza.store;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Puts replies into conversations. A reply joins its parent's conversation; a reply to a post
 * that has none starts one rooted at that post; a reply whose parent Plaza has never seen joins
 * the conversation of its thread's root when the platform names one (treated as the parent
 * would be), else starts one rooted at the parent's uri, which the parent joins when it arrives.
 */
final class ThreadStep {

    /** A conversation that this batch creates or extends. */
    static final class Thread {
        final long id;
        final boolean isNew;
        String rootUri;
        Platform platform;
        String subject;
        Instant startedAt;
        Instant lastActivityAt;
        int added;

        Thread(long id, boolean isNew, String rootUri, Platform platform, String subject, Instant startedAt, Instant lastActivityAt) {
            this.id = id;
            this.isNew = isNew;
            this.rootUri = rootUri;
            this.platform = platform;
            this.subject = subject;
            this.startedAt = startedAt;
            this.lastActivityAt = lastActivityAt;
        }

        void include(Instant at) {
            added++;
            if (at.isAfter(lastActivityAt)) {
                lastActivityAt = at;
            }
            if (at.isBefore(startedAt)) {
                startedAt = at;
            }
        }
    }

    private record Stored(Long conversationId, String inReplyTo, String text, Instant at, Platform platform) {
    }

    private final Handle handle;
    private final long workspaceId;
    private final Function<IncomingActivity, Platform> platformOf;
    private final Map<String, IncomingActivity> fresh = new HashMap<>();
    private final Map<String, Thread> threadOf = new HashMap<>();
    private final Map<String, Stored> stored = new HashMap<>();
    private final Map<String, Thread> existingByRoot = new HashMap<>();
    private final Map<Long, Thread> loaded = new HashMap<>();
    private final List<Thread> created = new ArrayList<>();
    private final Set<String> included = new HashSet<>();
    /** Stored root posts that a new conversation now includes: uri → conversation id. */
    final Map<String, Long> storedRootsJoined = new HashMap<>();
    private final IdBlocks ids;

    ThreadStep(Handle handle, long workspaceId, Function<IncomingActivity, Platform> platformOf, IdBlocks ids) {
        this.handle = handle;
        this.workspaceId = workspaceId;
        this.platformOf = platformOf;
        this.ids = ids;
    }

    /** Assigns a conversation to each activity that belongs in one; returns activity uri → thread. */
    Map<String, Thread> thread(List<IncomingActivity> activities) {
        activities.forEach(a -> fresh.put(a.uri(), a));
        prefetch(activities);
        for (IncomingActivity activity : activities) {
            Thread thread = resolve(activity, new HashSet<>());
            if (thread != null && included.add(activity.uri())) {
                thread.include(activity.at());
            }
        }
        return threadOf;
    }

    List<Thread> created() {
        return created;
    }

    List<Thread> extended() {
        return loaded.values().stream().filter(t -> t.added > 0).toList();
    }

    private Thread resolve(IncomingActivity activity, Set<String> visiting) {
        if (threadOf.containsKey(activity.uri())) {
            return threadOf.get(activity.uri());
        }
        Thread thread;
        if (activity.inReplyToUri().isEmpty()) {
            thread = existingByRoot.get(activity.uri()); // replies to it arrived first
            if (thread != null) {
                thread.subject = subjectOf(activity.text());
            } else if (opensAConversation(activity)) {
                thread = create(activity.uri(), platformOf.apply(activity), activity.text(), activity.at());
            }
        } else if (!visiting.add(activity.uri())) {
            thread = null; // a reply cycle: refuse to invent a root
        } else {
            thread = parentThread(activity, activity.inReplyToUri().get(), visiting);
        }
        if (thread != null) {
            threadOf.put(activity.uri(), thread);
        }
        return thread;
    }

    private Thread parentThread(IncomingActivity reply, String parentUri, Set<String> visiting) {
        IncomingActivity parent = fresh.get(parentUri);
        if (parent != null) {
            Thread thread = resolve(parent, visiting);
            if (thread == null && !visiting.contains(parentUri)) {
                thread = create(parentUri, platformOf.apply(parent), parent.text(), parent.at());
                threadOf.put(parentUri, thread);
                included.add(parentUri);
                thread.include(parent.at());
            }
            return thread;
        }
        Stored storedParent = stored.get(parentUri);
        if (storedParent != null) {
            if (storedParent.conversationId() != null) {
                return load(storedParent.conversationId());
            }
            Thread thread = existingByRoot.get(parentUri);
            if (thread == null) {
                thread = create(parentUri, storedParent.platform(), storedParent.text(), storedParent.at());
                thread.include(storedParent.at());
                storedRootsJoined.put(parentUri, thread.id);
            }
            return thread;
        }
        Optional<String> root = reply.threadRootUri().filter(uri -> !uri.equals(parentUri) && !uri.equals(reply.uri()));
        if (root.isPresent()) {
            return parentThread(reply, root.get(), visiting);
        }
        Thread thread = existingByRoot.get(parentUri);
        if (thread == null) {
            thread = create(parentUri, platformOf.apply(reply), reply.text(), reply.at());
        }
        return thread;
    }

    /**
     * A mention of the brand, or a post heard as the root of its own thread (what listeners hear), is a
     * conversation from the start; any other post becomes one when someone replies.
     */
    private static boolean opensAConversation(IncomingActivity root) {
        return root.startsAThread() && (root.kind() == ActivityKind.MENTION
                || root.threadRootUri().filter(root.uri()::equals).isPresent());
    }

    private Thread create(String rootUri, Platform platform, String text, Instant at) {
        Thread thread = new Thread(ids.next(handle, "conversation_id_seq", 1).getFirst(), true, rootUri, platform, subjectOf(text), at, at);
        created.add(thread);
        existingByRoot.put(rootUri, thread);
        return thread;
    }

    private Thread load(long conversationId) {
        return loaded.computeIfAbsent(conversationId, id -> handle.createQuery(
                        "SELECT root_uri, platform, subject, started_at, last_activity_at FROM conversation WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Thread(id, false, rs.getString("root_uri"), Platform.fromKey(rs.getString("platform")),
                        rs.getString("subject"), Rows.instant(rs, "started_at"), Rows.instant(rs, "last_activity_at")))
                .one());
    }

    /** One round trip each for the stored parents and the stored conversations this batch may touch. */
    private void prefetch(List<IncomingActivity> activities) {
        List<String> parents = activities.stream()
                .flatMap(a -> Stream.concat(a.inReplyToUri().stream(), a.threadRootUri().stream()))
                .filter(uri -> !fresh.containsKey(uri)).distinct().toList();
        for (List<String> chunk : chunks(parents)) {
            handle.createQuery("""
                            SELECT uri, conversation_id, in_reply_to_uri, text, at, platform FROM activity
                            WHERE workspace_id = :w AND uri = ANY(:uris)""")
                    .bind("w", workspaceId).bind("uris", chunk.toArray(String[]::new))
                    .map((rs, ctx) -> Map.entry(rs.getString("uri"), new Stored(Rows.optionalLong(rs, "conversation_id")
                            .orElse(null), rs.getString("in_reply_to_uri"), rs.getString("text"), Rows.instant(rs, "at"),
                            Platform.fromKey(rs.getString("platform")))))
                    .forEach(e -> stored.put(e.getKey(), e.getValue()));
        }
        List<String> roots = new ArrayList<>(parents);
        activities.stream().filter(a -> a.inReplyToUri().isEmpty()).map(IncomingActivity::uri).forEach(roots::add);
        for (List<String> chunk : chunks(roots)) {
            handle.createQuery("""
                            SELECT id, root_uri, platform, subject, started_at, last_activity_at FROM conversation
                            WHERE workspace_id = :w AND root_uri = ANY(:uris)""")
                    .bind("w", workspaceId).bind("uris", chunk.toArray(String[]::new))
                    .map((rs, ctx) -> new Thread(rs.getLong("id"), false, rs.getString("root_uri"),
                            Platform.fromKey(rs.getString("platform")), rs.getString("subject"),
                            Rows.instant(rs, "started_at"), Rows.instant(rs, "last_activity_at")))
                    .forEach(t -> {
                        existingByRoot.put(t.rootUri, t);
                        loaded.put(t.id, t);
                    });
        }
    }

    static String subjectOf(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 140 ? flat : flat.substring(0, 139) + "…";
    }

    private static List<List<String>> chunks(List<String> all) {
        List<List<String>> out = new ArrayList<>();
        for (int start = 0; start < all.size(); start += 10_000) {
            out.add(all.subList(start, Math.min(all.size(), start + 10_000)));
        }
        return out;
    }
}
