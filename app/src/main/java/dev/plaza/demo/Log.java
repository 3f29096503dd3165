package dev.plaza.demo;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Collects the generated activities and numbers them, so every minted id is unique. */
final class Log {

    private final List<IncomingActivity> activities = new ArrayList<>(56_000);
    private long seq;

    long next() {
        return ++seq;
    }

    void add(Post post, ActivityKind kind, Instant at, String text, Optional<String> lang, Optional<String> inReplyTo,
            Optional<String> target, List<Account> mentions) {
        List<IdentityKey> keys = new ArrayList<>(mentions.size());
        for (Account mentioned : mentions) {
            keys.add(mentioned.key());
        }
        activities.add(new IncomingActivity(post.uri(), kind, post.author().key(), at, text, lang, inReplyTo, target,
                post.url(), keys, post.community()));
    }

    /**
     * Oldest first, as a connector would deliver them; a reply always comes after what it answers.
     * Sorts millisecond and generation order packed in one long: every time is whole milliseconds
     * within the demo year, and there are far fewer than 2^20 activities.
     */
    List<IncomingActivity> inOrder() {
        long[] keys = new long[activities.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (activities.get(i).at().toEpochMilli() - Calendar.FROM.toEpochMilli()) << 20 | i;
        }
        Arrays.sort(keys);
        List<IncomingActivity> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(activities.get((int) (key & 0xFFFFF)));
        }
        return sorted;
    }
}
