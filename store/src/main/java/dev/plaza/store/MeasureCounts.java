package dev.plaza.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Changes to {@code measure_daily} (V26) gathered over a scoring round, a post's contribution added to
 * or taken from each scope it belongs to, and written in two statements: the rows a round touches are
 * made first, so the update's checks see the final counts.
 */
final class MeasureCounts {

    /** The measures in the order of a contribution's slots. */
    static final List<String> COLUMNS = List.of("negative", "neutral", "positive", "recommendations", "answers",
            "replies_to_brand", "mentions", "brand_replies", "goal_posts", "goal_brand_posts");
    static final int ADVOCACY = 3;
    static final int BRAND_REPLIES = 7;
    static final int GOAL_POSTS = 8;
    static final int GOAL_BRAND_POSTS = 9;

    private record Key(long workspaceId, String scope, LocalDate day) {
    }

    private static final Comparator<Key> LOCK_ORDER = Comparator.comparingLong(Key::workspaceId)
            .thenComparing(Key::scope).thenComparing(Key::day);

    private final Map<Key, long[]> changes = new HashMap<>();

    /** Flags of what a post added besides its sentiment and advocacy, as {@code activity_sentiment.counted} keeps them. */
    static final int COUNTED_BRAND_REPLY = 1;
    static final int COUNTED_ON_GOAL = 2;
    static final int COUNTED_BY_BRAND = 4;
    /** A reply to a post of the brand's, and the brand's reply to a post it answers (V32's identity rollups). */
    static final int COUNTED_REPLY_TO_BRAND = 8;
    static final int COUNTED_BRAND_ANSWER = 16;

    /**
     * What one scored post adds to a day.
     *
     * @param advocacy its index in {@link PgAdvocates#STORED}, or -1 when it does not name the brand
     * @param flags {@link #COUNTED_BRAND_REPLY}, {@link #COUNTED_ON_GOAL} and {@link #COUNTED_BY_BRAND}
     */
    static long[] contribution(int sentiment, int advocacy, int flags) {
        long[] counts = new long[COLUMNS.size()];
        counts[sentiment] = 1;
        if (advocacy >= 0) {
            counts[ADVOCACY + advocacy] = 1;
        }
        if ((flags & COUNTED_BRAND_REPLY) != 0) {
            counts[BRAND_REPLIES] = 1;
        }
        if ((flags & COUNTED_ON_GOAL) != 0) {
            counts[GOAL_POSTS] = 1;
            // the brand's voice in the conversation about its goal: its own posts, and others' naming it
            counts[GOAL_BRAND_POSTS] = advocacy >= 0 || (flags & COUNTED_BY_BRAND) != 0 ? 1 : 0;
        }
        return counts;
    }

    /** Adds {@code sign} times {@code contribution} to the day of {@code at} in each of {@code scopes}. */
    void add(long workspaceId, List<String> scopes, Instant at, long[] contribution, int sign) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        for (String scope : scopes) {
            long[] counts = changes.computeIfAbsent(new Key(workspaceId, scope, day), k -> new long[COLUMNS.size()]);
            for (int c = 0; c < counts.length; c++) {
                counts[c] += sign * contribution[c];
            }
        }
    }

    void write(Handle handle) {
        // the same order in every round, so that two rounds never wait for each other's rows crosswise
        List<Key> keys = changes.entrySet().stream().filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v != 0))
                .map(Map.Entry::getKey).sorted(LOCK_ORDER).toList();
        if (keys.isEmpty()) {
            return;
        }
        Long[] workspaces = keys.stream().map(Key::workspaceId).toArray(Long[]::new);
        String[] scopes = keys.stream().map(Key::scope).toArray(String[]::new);
        String[] days = keys.stream().map(k -> k.day().toString()).toArray(String[]::new);
        handle.createUpdate("""
                        INSERT INTO measure_daily (workspace_id, scope, day)
                        SELECT * FROM unnest(:workspaces::bigint[], :scopes::text[], :days::date[]) ON CONFLICT DO NOTHING""")
                .bind("workspaces", workspaces).bind("scopes", scopes).bind("days", days).execute();
        CounterColumns counters = CounterColumns.of(COLUMNS, "m", "bigint");
        var update = handle.createUpdate("""
                        UPDATE measure_daily m SET %s
                        FROM unnest(:workspaces::bigint[], :scopes::text[], :days::date[]%s) AS u(w, scope, day%s)
                        WHERE m.workspace_id = u.w AND m.scope = u.scope AND m.day = u.day""".formatted(counters.set(), counters.arrays(),
                        counters.names()))
                .bind("workspaces", workspaces).bind("scopes", scopes).bind("days", days);
        for (int c = 0; c < COLUMNS.size(); c++) {
            int column = c;
            update.bind("c" + c, keys.stream().map(k -> changes.get(k)[column]).toArray(Long[]::new));
        }
        update.execute();
    }
}
