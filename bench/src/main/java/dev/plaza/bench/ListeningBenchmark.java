package dev.plaza.bench;

import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.Frames;
import dev.plaza.atproto.listening.ListeningBatch;
import dev.plaza.channels.bluesky.FirehoseIntake;
import dev.plaza.channels.bluesky.HandleLookup;
import dev.plaza.channels.bluesky.StreamReader;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.store.PlazaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Listening end to end: a recorded firehose ({@code frames} #commit frames of {@code accounts}
 * accounts, the same recording {@link FirehoseBenchmark} uses) goes through what a firehose listener
 * does once a frame has arrived — decode the frame, read its records, match them against the
 * community's goal, store what matched with the cursor, {@code batch} messages per transaction — into
 * Plaza's durable embedded PostgreSQL, on the listener's one thread. Prints each run's events/s (frames
 * heard), activities stored, and the median; a decode-only pass over the same frames shows what the
 * goal filter and the store add.
 *
 * <p>Usage: {@code ListeningBenchmark [frames=200000] [accounts=300] [batch=500] [runs=3] [warmups=1]}.
 */
public final class ListeningBenchmark {

    private static final long SEED = 1;
    /** About one generated post in ten carries one of these. */
    private static final Goal GOAL = new Goal(0, "open source communities", List.of("open source", "release"),
            List.of("opensource", "gardening"), List.of(), List.of());

    private ListeningBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int frames = arg(args, 0, 200_000);
        int accounts = arg(args, 1, 300);
        int batch = arg(args, 2, 500);
        int runs = arg(args, 3, 3);
        int warmups = arg(args, 4, 1);
        FirehoseRecording.Location location = FirehoseRecording.Location.of(Path.of("bench", "target", "firehose"),
                frames, accounts, SEED);
        if (!location.exist()) {
            System.out.printf("generating %,d #commit frames of %,d accounts into %s…%n", frames, accounts, location.frames());
            FirehoseGenerator.generate(frames, accounts, SEED).write(location);
        }
        FirehoseRecording recording = FirehoseRecording.read(location);
        System.out.printf("recording: %,d #commit frames of %,d accounts, %,d MiB; %d messages per transaction; goal: %s %s%n",
                recording.frames().size(), recording.accounts().size(), recording.bytes() >> 20, batch, GOAL.keywords(),
                GOAL.hashtags());
        Path home = Files.createTempDirectory("plaza-listening-bench");
        try (PlazaStore store = BenchStore.open(home)) {
            List<Double> decodeOnly = new ArrayList<>();
            List<Double> endToEnd = new ArrayList<>();
            for (int run = 1 - warmups; run <= runs; run++) {
                String label = run <= 0 ? "warm-up" : "run " + run;
                double decoded = decodeOnly(recording);
                if (StatementStats.wanted()) {
                    StatementStats.reset(store.dataSource());
                }
                double listened = listen(store, recording, batch, label);
                if (StatementStats.wanted()) {
                    StatementStats.print(store.dataSource(), 8);
                }
                System.out.printf("%s: decode only %,.0f frames/s%n", label, decoded);
                if (run > 0) {
                    decodeOnly.add(decoded);
                    endToEnd.add(listened);
                }
            }
            System.out.printf("median: %,.0f events/s heard, decoded, matched and stored (%d runs); decode alone %,.0f frames/s%n",
                    Median.of(endToEnd), runs, Median.of(decodeOnly));
        } finally {
            TempDirs.delete(home);
        }
    }

    private static double listen(PlazaStore store, FirehoseRecording recording, int batch, String label) {
        Workspace workspace = store.workspaces().create("listen-" + System.nanoTime() % 1_000_000, "Listening benchmark", false);
        FirehoseIntake intake = new FirehoseIntake(store.streams(), ListeningCores.unlimited(), workspace.id(), "bench-firehose",
                new StreamReader(() -> GoalMatcher.of(GOAL, Set.of())), HandleLookup.NONE);
        System.gc();
        long start = System.nanoTime();
        List<FirehoseMessage> pending = new ArrayList<>(batch);
        long cursor = 0;
        for (byte[] frame : recording.frames()) {
            FirehoseMessage message = Frames.decode(frame);
            cursor = ((CommitMessage) message).seq();
            pending.add(message);
            if (pending.size() == batch) {
                intake.store(new ListeningBatch(pending, cursor));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            intake.store(new ListeningBatch(pending, cursor));
        }
        intake.cursor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = store.activities().totals(workspace.id()).activities();
        double rate = recording.frames().size() / seconds;
        System.out.printf("%s: %,d frames (%,d records) in %.2f s: %,.0f events/s; %,d matched the goal, %,d activities stored "
                        + "(%,.0f/s), %,d unreadable; cursor stored at %d%n", label, recording.frames().size(), intake.counts().records(),
                seconds, rate, intake.counts().matched(), stored, stored / seconds, intake.counts().unreadable(),
                store.streams().position(workspace.id(), "bench-firehose").orElseThrow());
        return rate;
    }

    private static double decodeOnly(FirehoseRecording recording) {
        long start = System.nanoTime();
        long records = 0;
        for (byte[] frame : recording.frames()) {
            records += FirehoseDecode.decode(frame);
        }
        if (records == 0) {
            throw new IllegalStateException("the recording's frames hold no records");
        }
        return recording.frames().size() / ((System.nanoTime() - start) / 1e9);
    }

    private static int arg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }
}
