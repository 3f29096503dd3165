package dev.plaza.bench;

import dev.plaza.core.leaders.LeaderRanking;
import dev.plaza.core.team.Role;
import dev.plaza.store.PlazaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The dashboards at scale: a workspace of millions of activities ({@link ScaleFill}, with communities,
 * channels and the brand's own posts from {@link DashboardPlaces}), what the scoring worker and the
 * periodic jobs would have written over it ({@link MeasureFill}), the leaders ranked by the real job
 * (timed: a periodic job, not a page's read), then every read of the dashboard pages
 * ({@link DashboardReads}), each once to warm up and then several times: p50, p95 and max of each, and
 * of all. Usage: {@code DashboardBenchmark [activities=10000000] [repeats=20]}. With
 * {@code -Dplaza.bench.home=DIR} the filled store is kept in {@code DIR} for a later run of the same size,
 * which measures it again without filling; {@code -Dplaza.bench.leaders=true} then ranks the leaders again.
 */
public final class DashboardBenchmark {

    private static final String SLUG = "dashboard-bench";
    private static final String MEMBER = "dashboards@plaza.example";
    /** As many leaders as the ranking job keeps per scope ({@code LeaderRankings.KEPT}). */
    private static final int LEADERS_KEPT = 50;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long opening = System.nanoTime();
        try (BenchHome home = BenchHome.open("plaza-dashboard-bench"); PlazaStore store = BenchStore.open(home.dir())) {
            System.out.printf("store opened, migrations included, in %.1f s%n", (System.nanoTime() - opening) / 1e9);
            Path filled = home.filled("dashboards-filled-", activities);
            long workspace;
            if (Files.exists(filled)) {
                workspace = store.workspaces().findBySlug(SLUG).orElseThrow().id();
                System.out.printf("measuring the %,d activities filled before in %s%n", activities, home.dir());
                if (Boolean.getBoolean("plaza.bench.leaders")) {
                    rankLeaders(store, workspace);
                }
            } else {
                workspace = store.workspaces().create(SLUG, "Dashboard benchmark", false).id();
                long member = store.team().add(workspace, MEMBER, "Bench", Role.MANAGER, "a long enough password".toCharArray()).id();
                ScaleShape shape = DashboardPlaces.create(store, workspace);
                new ScaleFill(store, workspace, member, shape).fill(activities);
                long start = System.nanoTime();
                System.out.println("filling what scoring and the periodic jobs write:");
                new MeasureFill(store, workspace).fill();
                System.out.printf("measures filled in %.0f s%n", (System.nanoTime() - start) / 1e9);
                // kept before the ranking: a ranking that fails can be run again on the filled store (plaza.bench.leaders)
                Files.createFile(filled);
                rankLeaders(store, workspace);
            }
            keepEngagement(store, workspace);
            long community = shape(store, workspace, "SELECT min(id) FROM community WHERE workspace_id = %d");
            long channel = shape(store, workspace, "SELECT min(id) FROM channel WHERE workspace_id = %d AND kind = 'listening'");
            long person = shape(store, workspace, BUSIEST_PERSON);
            long brandPerson = shape(store, workspace, BRAND_PERSON);
            Latencies latencies = new Latencies(repeats);
            System.out.printf("| read | rows | p50 ms | p95 ms | max ms |%n|---|---|---|---|---|%n");
            new DashboardReads(store, workspace).measure(latencies, community, channel, person, brandPerson);
            latencies.summary();
        }
    }

    /** The person with the most activities who is not the brand, from a sample of the newest hundred thousand. */
    private static final String BUSIEST_PERSON = """
            SELECT i.person_id FROM (SELECT author_identity_id FROM activity WHERE workspace_id = %1$d
                                     ORDER BY at DESC, id DESC LIMIT 100000) a
            JOIN identity i ON i.id = a.author_identity_id
            WHERE NOT EXISTS (SELECT 1 FROM channel ch WHERE ch.workspace_id = %1$d AND ch.kind = 'owned' AND ch.handle = i.stable_id)
            GROUP BY i.person_id ORDER BY count(*) DESC, i.person_id LIMIT 1""";

    /** The person of the brand's account: the identity of its owned channel. */
    private static final String BRAND_PERSON = """
            SELECT i.person_id FROM identity i JOIN channel ch ON ch.workspace_id = i.workspace_id AND ch.kind = 'owned'
                AND ch.handle = i.stable_id
            WHERE i.workspace_id = %d ORDER BY i.id LIMIT 1""";

    /**
     * The engagement job as {@code EngagementRollups} runs it at start: every month read again, then the
     * word of mouth's people counted again and its year and months counted and kept from the cascades V31
     * keeps (periodic work, reported apart from the pages' reads).
     */
    private static void keepEngagement(PlazaStore store, long workspace) {
        long start = System.nanoTime();
        int months = store.engagement().recompute(workspace, true);
        double engagement = (System.nanoTime() - start) / 1e9;
        long people = System.nanoTime();
        store.wordOfMouth().recountPeople(workspace);
        double recounted = (System.nanoTime() - people) / 1e9;
        store.wordOfMouth().keep(workspace, 12, Instant.now());
        System.out.printf("engagement kept: %d months read in %.1f s; word of mouth's people counted again in %.1f s, its year and"
                + " 12 months counted in %.1f s%n", months, engagement, recounted, (System.nanoTime() - people) / 1e9 - recounted);
    }

    /** The leaders' job as {@code LeaderRankings} runs it: the interactions pass, the ranking, the rows replaced. */
    private static void rankLeaders(PlazaStore store, long workspace) {
        long start = System.nanoTime();
        var interactions = store.leaders().interactions(workspace);
        double read = (System.nanoTime() - start) / 1e9;
        store.leaders().replaceAll(workspace, LeaderRanking.rank(interactions, LEADERS_KEPT), Instant.now());
        System.out.printf("leaders ranked: the interactions pass %.1f s (%,d interactions), ranking and storing %.1f s%n", read,
                interactions.size(), (System.nanoTime() - start) / 1e9 - read);
    }

    private static long shape(PlazaStore store, long workspace, String query) {
        try (Connection connection = store.dataSource().getConnection(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery(query.formatted(workspace))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the benchmark's workspace: " + e.getMessage(), e);
        }
    }
}
