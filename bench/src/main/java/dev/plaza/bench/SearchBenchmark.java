package dev.plaza.bench;

import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.search.SearchFilter;
import dev.plaza.core.search.SearchQuery;
import dev.plaza.store.PlazaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Full-text search at scale: fills a workspace of the embedded store with generated activities in
 * six languages (ingested in batches, as connectors do, so the fill rate includes indexing), then
 * runs a set of searches a community team would type, each several times, first page of 25.
 * Prints the fill rate and each search's and all searches' p50/p95/p99 latency.
 * Usage: {@code SearchBenchmark [activities=1000000] [repeats=20] [batch=5000]};
 * {@code -Dplaza.bench.searchIndex=off} drops the search vector first and only fills, to compare fill rates.
 */
public final class SearchBenchmark {

    static final List<String> QUERIES = List.of(
            "garden", "release notes", "\"release notes\"", "repairing", "meetup -online", "#plaza",
            "@user17", "東京", "москва", "café", "kernel compiler release", "zzzunknownword");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Path home = Files.createTempDirectory("plaza-search-bench");
        try (PlazaStore store = BenchStore.open(home)) {
            long workspace = store.workspaces().create("search-bench", "Search benchmark", false).id();
            boolean indexed = !"off".equals(System.getProperty("plaza.bench.searchIndex"));
            if (!indexed) {
                System.out.println("search index OFF (-Dplaza.bench.searchIndex=off): fill rate for comparison only");
                sql(store, "ALTER TABLE activity DROP COLUMN search_vector");
            }
            fill(store, workspace, activities, batch);
            sql(store, "VACUUM ANALYZE activity");
            if (indexed) {
                measure(store, workspace, repeats);
            }
        } finally {
            TempDirs.delete(home);
        }
    }

    private static void fill(PlazaStore store, long workspace, int activities, int batch) {
        SearchCorpus corpus = new SearchCorpus(42);
        long start = System.nanoTime();
        for (int done = 0; done < activities; done += batch) {
            int size = Math.min(batch, activities - done);
            IngestBatch ingest = corpus.batch(done, size);
            store.ingest().ingest(workspace, ingest, Progress.NONE);
            if ((done / batch) % 20 == 0) {
                System.out.printf("filled %,d of %,d%n", done + size, activities);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fill: %,d activities in %.1f s, %,.0f activities/s (ingest with the search index)%n",
                activities, seconds, activities / seconds);
    }

    private static void measure(PlazaStore store, long workspace, int repeats) {
        List<Double> all = new ArrayList<>();
        for (String q : QUERIES) {
            SearchQuery query = SearchQuery.parse(q);
            search(store, workspace, query);
            double[] millis = new double[repeats];
            int hits = 0;
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                hits = search(store, workspace, query);
                millis[i] = (System.nanoTime() - start) / 1e6;
                all.add(millis[i]);
            }
            Arrays.sort(millis);
            System.out.printf("%-28s %2d hits  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms%n", q, hits,
                    percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("all searches (%d): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    private static void sql(PlazaStore store, String statement) {
        try (Connection connection = store.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private static int search(PlazaStore store, long workspace, SearchQuery query) {
        return store.search().activities(workspace, query, SearchFilter.ALL, PageRequest.first(25)).items().size();
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
