package dev.plaza.bench;

import dev.plaza.channels.mastodon.MastodonArchive;
import dev.plaza.channels.mastodon.MastodonImport;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.store.PlazaStore;
import dev.plaza.store.StoreSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * End-to-end Mastodon archive import: generate a synthetic archive, then read it and ingest it
 * into a fresh workspace of an embedded store, three times. Prints each run and the median
 * activities/s, and the JVM's peak heap (the embedded PostgreSQL is another process and is not
 * counted). Usage: {@code ImportBenchmark [activities] [runs]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : MastodonArchiveGenerator.DEFAULT_ACTIVITIES;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("plaza-import-bench");
        try {
            Path archive = MastodonArchiveGenerator.write(dir.resolve("archive.zip"), activities,
                    MastodonArchiveGenerator.DEFAULT_SEED);
            System.out.printf("archive: %,d activities, %,d bytes%n", activities, Files.size(archive));
            try (PlazaStore store = PlazaStore.open(new StoreSettings(Optional.empty(), dir.resolve("home"),
                    "bench-secret-key-0123456789"))) {
                measure(store, archive, runs);
            }
        } finally {
            delete(dir);
        }
    }

    private static void measure(PlazaStore store, Path archive, int runs) {
        double[] rates = new double[runs];
        long peak = 0;
        for (int run = 0; run < runs; run++) {
            Workspace workspace = store.workspaces().create("bench-" + run + "-" + System.nanoTime() % 100_000,
                    "Import benchmark " + run, false);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            MastodonArchive read = MastodonImport.read(archive, Progress.NONE);
            long readDone = System.nanoTime();
            IngestResult result = store.ingest().ingest(workspace.id(), read.batch(), Progress.NONE);
            long end = System.nanoTime();
            long runPeak = heapPeak();
            peak = Math.max(peak, runPeak);
            rates[run] = result.activities() / ((end - start) / 1e9);
            System.out.printf("run %d: %s; read %.2f s, ingest %.2f s, %,.0f activities/s, peak heap %,d MiB%n",
                    run + 1, result.summary(), (readDone - start) / 1e9, (end - readDone) / 1e9, rates[run],
                    runPeak >> 20);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf("median: %,.0f activities/s (read + ingest, %d runs); peak heap %,d MiB%n",
                sorted[runs / 2], runs, peak >> 20);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
