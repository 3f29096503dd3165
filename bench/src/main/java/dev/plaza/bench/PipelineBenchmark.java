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
 * read to the last batch stored), what each source kept, the JVM's peak heap, and the median of the runs.
 *
 * <p>Usage: {@code PipelineBenchmark [events=1000000] [runs=3] [warmups=1]}.
 */
public final class PipelineBenchmark {

    private static final long SEED = 1;
    private static final double TARGET = 50_000;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 1;
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
            long peak = 0;
            for (int run = 1 - warmups; run <= runs; run++) {
                String label = run <= 0 ? "warm-up" : "run " + run;
                Workspace workspace = store.workspaces().create("pipeline-" + System.nanoTime() % 1_000_000, "Pipeline benchmark", false);
                List<Long> feeds = IntStream.range(0, MixedStreamGenerator.FEEDS).mapToObj(feed -> store.channels().add(workspace.id(),
                        Platform.RSS, MixedStreamReplay.feedUrl(feed).toString(), ChannelKind.LISTENING, Optional.empty()).id()).toList();
                MixedStreamReplay replay = new MixedStreamReplay(store.streams(), workspace.id(), feeds, languages);
                if (StatementStats.wanted()) {
                    StatementStats.reset(store.dataSource());
                }
                System.gc();
                HeapPeak.reset();
                long start = System.nanoTime();
                MixedStreamReplay.Result result = replay.replay(recording);
                double seconds = (System.nanoTime() - start) / 1e9;
                long heap = HeapPeak.bytes();
                double rate = result.events() / seconds;
                long stored = store.activities().totals(workspace.id()).activities();
                System.out.printf("%s: %,d events in %.2f s: %,.0f events/s; kept %,d, %,d activities stored; feed positions stored: "
                                + "%d of %d; peak heap %,d MiB%n    Jetstream %s%n    ActivityPub %s%n    feeds %s%n",
                        label, result.events(), seconds, rate, result.kept(), stored, feeds.stream().filter(f -> store.streams().position(workspace.id(), FeedReader.streamName(f)).isPresent())
                                .count(), feeds.size(), heap >> 20,
                        result.jetstream().summary(), result.activityPub().summary(), result.feeds().summary());
                if (StatementStats.wanted()) {
                    StatementStats.print(store.dataSource(), 40);
                }
                if (run > 0) {
                    rates.add(rate);
                    peak = Math.max(peak, heap);
                }
            }
            double median = Median.of(rates);
            System.out.printf("median: %,.0f events/s heard, matched and stored (%d runs; target %,.0f: %s); peak heap %,d MiB%n", median,
                    runs, TARGET, median >= TARGET ? "met" : "NOT met", peak >> 20);
        } finally {
            TempDirs.delete(home);
        }
    }
}
