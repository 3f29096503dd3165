package dev.plaza.bench;

import dev.plaza.store.PlazaStore;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills one workspace with millions of stored activities fast, for measuring reads at scale: people
 * and identities in SQL, conversations and activities streamed with COPY over one connection per
 * core (texts from {@link SearchCorpus}), the search index built once at the end. Ingest is measured elsewhere; this
 * only builds what a large community's store holds: every fourth activity starts a conversation,
 * the others reply in one, on the fediverse, Bluesky and feeds, open, answered or ignored, some assigned.
 * A {@link ScaleShape} also puts each conversation in a community and a channel and has the brand write some activities.
 */
final class ScaleFill {

    static final int AUTHORS = 10_000;
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final int CHUNK = 20_000;
    private static final String[] PLATFORMS = {"fediverse", "fediverse", "bluesky", "bluesky", "rss"};
    private static final String[] STATUSES = {"open", "open", "open", "answered", "answered", "ignored"};

    private final PlazaStore store;
    private final long workspace;
    private final long member;
    private final ScaleShape shape;

    ScaleFill(PlazaStore store, long workspace, long member) {
        this(store, workspace, member, ScaleShape.PLAIN);
    }

    ScaleFill(PlazaStore store, long workspace, long member, ScaleShape shape) {
        this.store = store;
        this.workspace = workspace;
        this.member = member;
        this.shape = shape;
    }

    /** The stable id of author {@code n}'s identity: author 0's is the first identity of the fill. */
    static String stableId(int n) {
        return "https://bench" + (n % 50) + ".example/users/user" + n;
    }

    void fill(int activities) {
        int conversations = Math.max(1, activities / 4);
        long start = System.nanoTime();
        try (Connection connection = store.dataSource().getConnection()) {
            execute(connection, "DROP INDEX activity_search");
            long firstIdentity = people(connection);
            long firstConversation = copyConversations(connection, conversations, activities);
            copyActivities(activities, conversations, firstIdentity, firstConversation);
            System.out.printf("filled %,d activities in %,d conversations in %.0f s; building the search index…%n",
                    activities, conversations, seconds(start));
            long indexing = System.nanoTime();
            execute(connection, "SET maintenance_work_mem = '1GB'");
            execute(connection, "CREATE INDEX activity_search ON activity USING gin (search_vector)");
            System.out.printf("search index built in %.0f s%n", seconds(indexing));
            execute(connection, "VACUUM ANALYZE");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not fill the store: " + e.getMessage(), e);
        }
    }

    private long people(Connection connection) throws SQLException {
        execute(connection, """
                INSERT INTO person (workspace_id, display_name, first_seen, last_seen)
                SELECT %1$d, 'User ' || g, '%2$s', '%2$s' FROM generate_series(0, %3$d) g ORDER BY g""".formatted(
                workspace, T0, AUTHORS - 1));
        execute(connection, """
                INSERT INTO identity (workspace_id, person_id, platform, stable_id, handle, display_name, link_reason,
                                      link_confidence)
                SELECT workspace_id, id, 'fediverse', 'https://bench' || (n %% 50) || '.example/users/user' || n,  -- stableId(n)
                       '@user' || n || '@bench' || (n %% 50) || '.example', display_name, 'first seen', 1
                FROM (SELECT id, workspace_id, display_name, substr(display_name, 6)::int AS n FROM person
                      WHERE workspace_id = %d) p ORDER BY n""".formatted(workspace));
        return queryLong(connection, "SELECT min(id) FROM identity WHERE workspace_id = " + workspace);
    }

    private long copyConversations(Connection connection, int conversations, int activities) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(7);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY conversation (workspace_id, root_uri, platform, subject, status, assignee_id, started_at,"
                + " last_activity_at, activity_count) FROM STDIN (FORMAT csv)";
        for (int from = 0; from < conversations; from += CHUNK) {
            StringBuilder rows = new StringBuilder();
            for (int c = from; c < Math.min(conversations, from + CHUNK); c++) {
                int count = (activities - 1 - c) / conversations + 1;
                long last = c + (long) (count - 1) * conversations;
                rows.append(workspace).append(",https://bench.example/posts/").append(c).append(',')
                        .append(PLATFORMS[c % PLATFORMS.length]).append(",Conversation ").append(c).append(',')
                        .append(STATUSES[random.nextInt(STATUSES.length)]).append(',')
                        .append(random.nextInt(10) == 0 ? Long.toString(member) : "").append(',')
                        .append(T0.plusSeconds(c)).append(',').append(T0.plusSeconds(last)).append(',').append(count)
                        .append('\n');
            }
            copy.copyIn(sql, new StringReader(rows.toString()));
        }
        // the counts the ingest keeps as it starts conversations (V28)
        execute(connection, "INSERT INTO conversation_count (workspace_id, status, count) SELECT workspace_id, status, count(*)"
                + " FROM conversation WHERE workspace_id = " + workspace + " GROUP BY workspace_id, status");
        return queryLong(connection, "SELECT min(id) FROM conversation WHERE workspace_id = " + workspace);
    }

    /** Streams the activities over one connection per core: PostgreSQL computes each search vector as the row goes in. */
    private void copyActivities(int activities, int conversations, long firstIdentity, long firstConversation) {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> parts = new ArrayList<>();
            for (int part = 0; part < workers; part++) {
                int from = (int) ((long) activities * part / workers);
                int to = (int) ((long) activities * (part + 1) / workers);
                int seed = part;
                parts.add(pool.submit(() -> {
                    copyActivities(from, to, seed, conversations, firstIdentity, firstConversation, done, activities, start);
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while filling", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not copy activities: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void copyActivities(int first, int end, int seed, int conversations, long firstIdentity, long firstConversation,
                                AtomicInteger done, int activities, long start) throws SQLException, IOException {
        SearchCorpus corpus = new SearchCorpus(42 + seed);
        SplittableRandom random = new SplittableRandom(11 + seed);
        String sql = "COPY activity (workspace_id, uri, platform, kind, author_identity_id, conversation_id, at, text,"
                + " language, in_reply_to_uri, url" + (shape.plain() ? "" : ", community_id, channel_id") + ") FROM STDIN (FORMAT csv)";
        try (Connection connection = store.dataSource().getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = first; from < end; from += CHUNK) {
                StringBuilder rows = new StringBuilder();
                int to = Math.min(end, from + CHUNK);
                for (int i = from; i < to; i++) {
                    int conversation = i % conversations;
                    String language = corpus.language();
                    String uri = "https://bench.example/posts/" + i;
                    String platform = PLATFORMS[conversation % PLATFORMS.length];
                    long author = shape.brandEvery() > 0 && i % shape.brandEvery() == 0 ? firstIdentity
                            : firstIdentity + (shape.brandEvery() > 0 ? 1 + random.nextInt(AUTHORS - 1) : random.nextInt(AUTHORS));
                    rows.append(workspace).append(',').append(uri).append(',').append(platform)
                            .append(',').append(i < conversations ? "post" : "reply").append(',')
                            .append(author).append(',').append(firstConversation + conversation)
                            .append(',').append(T0.plusSeconds(i)).append(",\"")
                            .append(corpus.sentence(language).replace("\"", "\"\"")).append("\",").append(language).append(',')
                            .append(i < conversations ? "" : "https://bench.example/posts/" + (i - conversations)).append(',')
                            .append(uri);
                    if (!shape.plain()) {
                        rows.append(',').append(shape.community(platform, conversation)).append(',')
                                .append(shape.channel(platform, conversation));
                    }
                    rows.append('\n');
                }
                copy.copyIn(sql, new StringReader(rows.toString()));
                int total = done.addAndGet(to - from);
                if (total / 500_000 != (total - (to - from)) / 500_000 || total == activities) {
                    System.out.printf("copied %,d of %,d activities (%,.0f/s)%n", total, activities, total / seconds(start));
                }
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
