package dev.plaza.bench;

import dev.plaza.channels.language.ProfileLanguageDetector;
import dev.plaza.channels.feeds.FeedReader;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.store.PlazaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The three listeners end to end on one recorded mixed stream (target: ≥ 50,000 events/s stored): a
 * {@link MixedStreamGenerator} recording of {@code events} events (Jetstream, ActivityPub, RSS) is
 * replayed by {@link MixedStreamReplay} through the real readers, the goal matcher with language
 * detection and the stream store, into Plaza's durable embedded PostgreSQL. Each run replays the whole
 * recording into a new workspace. Prints each run's events/s (all events heard, from the first line
 * read to the last batch stored), the rate of each window of 100,000 events stored, what each source
 * kept and how long its batches spent in the store, the JVM's peak heap, and the medians.
 *
 * <p>Usage: {@code PipelineBenchmark [events=1000000] [runs=3] [warmups=2]}. Two warm-ups: after one, the JIT still
 * compiled during the first timed run (8% of the CPU), which then ran a fifth slower than the next two.
 */
public final class PipelineBenchmark {

    private static final long SEED = 1;
    private static final double TARGET = 50_000;
    private static final long WINDOW = 100_000;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path recording = Path.of("bench", "target", "mixed-stream", "events-%d-seed-%d.txt".formatted(events, SEED));
        if (!Files.exists(recording)) {
            System.out.printf("generating %,d events into %s…%n", events, recording);
            MixedStreamGenerator.generate(recording, events, SEED);
        }
        System.out.printf("recording: %s, %,d MiB; goal: %s %s in %s%n", recording, Files.size(recording) >> 20,
                MixedStreamReplay.GOAL.keywords(), MixedStreamReplay.GOAL.hashtags(), MixedStreamReplay.GOAL.languages());
        long loading = System.nanoTime();
        ProfileLanguageDetector languages = ProfileLanguageDetector.loadBuiltIn();
        System.out.printf("language profiles loaded in %.2f s%n", (System.nanoTime() - loading) / 1e9);
        Path home = Files.createTempDirectory("plaza-pipeline-bench");
        try (PlazaStore store = BenchStore.open(home)) {
            List<Double> rates = new ArrayList<>();
            List<Double> windowRates = new ArrayList<>();
            long peak = 0;
            for (int run = 1 - warmups; run <= runs; run++) {
                String label = run <= 0 ? "warm-up" : "run " + run;
                Workspace workspace = store.workspaces().create("pipeline-" + System.nanoTime() % 1_000_000, "Pipeline benchmark", false);
                List<Long> feeds = IntStream.range(0, MixedStreamGenerator.FEEDS).mapToObj(feed -> store.channels().add(workspace.id(),
                        Platform.RSS, MixedStreamReplay.feedUrl(feed).toString(), ChannelKind.LISTENING, Optional.empty()).id()).toList();
                Windows windows = new Windows(WINDOW);
                MixedStreamReplay replay = new MixedStreamReplay(store.streams(), workspace.id(), feeds, languages, windows::stored);
                if (StatementStats.wanted()) {
                    StatementStats.reset(store.dataSource());
                }
                System.gc();
                HeapPeak.reset();
                long start = System.nanoTime();
                windows.start(start);
                MixedStreamReplay.Result result = replay.replay(recording);
                double seconds = (System.nanoTime() - start) / 1e9;
                long heap = HeapPeak.bytes();
                double rate = result.events() / seconds;
                long stored = store.activities().totals(workspace.id()).activities();
                System.out.printf("%s: %,d events in %.2f s: %,.0f events/s; kept %,d, %,d activities stored; feed positions stored: "
                                + "%d of %d; peak heap %,d MiB%n    Jetstream %s%n    ActivityPub %s%n    feeds %s%n"
                        + "    the store's one writer: %.1f s in transactions%n",
                        label, result.events(), seconds, rate, result.kept(), stored, feeds.stream()
                                .filter(f -> store.streams().position(workspace.id(), FeedReader.streamName(f)).isPresent()).count(),
                        feeds.size(), heap >> 20,
                        result.jetstream().summary(), result.activityPub().summary(), result.feeds().summary(),
                        result.writerSeconds());
                if (StatementStats.wanted()) {
                    StatementStats.print(store.dataSource(), 40);
                }
                System.out.printf("    per-%,d-event windows: %s events/s%n", WINDOW, windows.rates().stream()
                        .map(r -> "%,.0f".formatted(r)).collect(java.util.stream.Collectors.joining(", ")));
                if (run > 0) {
                    windowRates.addAll(windows.rates());
                    rates.add(rate);
                    peak = Math.max(peak, heap);
                }
            }
            double median = Median.of(rates);
            System.out.printf("median: %,.0f events/s heard, matched and stored (%d runs; target %,.0f: %s); median of the %d "
                            + "per-%,d-event windows: %,.0f events/s; peak heap %,d MiB%n", median, runs, TARGET,
                    median >= TARGET ? "met" : "NOT met", windowRates.size(), WINDOW,
                    windowRates.isEmpty() ? 0 : Median.of(windowRates), peak >> 20);
        } finally {
            TempDirs.delete(home);
        }
    }

    /** When each window of {@code size} stored events closed, from the events stored after each transaction. */
    private static final class Windows {

        private final long size;
        private final List<Double> rates = new ArrayList<>();
        private long windowStart;
        private long next;

        Windows(long size) {
            this.size = size;
            this.next = size;
        }

        synchronized void start(long nanos) {
            windowStart = nanos;
        }

        synchronized void stored(long events) {
            if (events < next) {
                return;
            }
            long now = System.nanoTime();
            long windows = (events - next) / size + 1;
            rates.add(windows * size / ((now - windowStart) / 1e9));
            windowStart = now;
            next += windows * size;
        }

        synchronized List<Double> rates() {
            return List.copyOf(rates);
        }
    }
}
