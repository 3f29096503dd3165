package dev.plaza.core.wordofmouth;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IncomingActivity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How an activity carries another one further, to its own author's followers or into a thread. A
 * like is no echo: it shows the post to no one.
 */
public enum EchoKind {
    /** A boost or repost: the post itself, shown again. */
    REPOST,
    /** A post (or reply) that embeds or links the post: its words and the quoter's. */
    QUOTE,
    /** A reply: the post's thread, grown. */
    REPLY;

    private static final Set<ActivityKind> WRITTEN = Set.of(ActivityKind.POST, ActivityKind.REPLY, ActivityKind.MENTION);

    /**
     * The uris of the activities {@code activity} echoes, with how. A reply that also quotes its parent
     * echoes it once, as a quote: the stronger echo, it carries the words to the quoter's followers.
     */
    public static Map<String, EchoKind> sourcesOf(IncomingActivity activity) {
        Map<String, EchoKind> sources = new LinkedHashMap<>();
        if (activity.kind() == ActivityKind.REPOST) {
            activity.targetUri().ifPresent(uri -> sources.put(uri, REPOST));
        } else if (WRITTEN.contains(activity.kind())) {
            activity.targetUri().ifPresent(uri -> sources.put(uri, QUOTE));
            activity.inReplyToUri().ifPresent(uri -> sources.putIfAbsent(uri, REPLY));
        }
        sources.remove(activity.uri());
        return sources;
    }
}
