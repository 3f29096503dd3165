package dev.plaza.core.activity;

import java.util.Arrays;
import java.util.Locale;

/** What happened. Relations (follow, block, mute) are activities too: they have an author, a time and a target. */
public enum ActivityKind {
    POST, REPLY, MENTION, REPOST, LIKE, BOOKMARK, FOLLOW, VOTE, BLOCK, MUTE,
    /** An account moved to another: its author is the old account, its target the new one. */
    MOVE,
    /** An account refused (or ended) a follow: its author is the account, its target the follower. */
    REJECT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityKind fromKey(String key) {
        return Arrays.stream(values())
                .filter(k -> k.key().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown activity kind '%s'; expected one of %s"
                        .formatted(key, Arrays.stream(values()).map(ActivityKind::key).toList())));
    }
}
