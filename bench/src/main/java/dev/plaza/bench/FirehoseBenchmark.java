package dev.plaza.bench;

import dev.plaza.atproto.firehose.AccountIdentity;
import dev.plaza.atproto.firehose.AccountLedger;
import dev.plaza.atproto.firehose.AccountStatus;
import dev.plaza.atproto.firehose.Strictness;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Firehose decode and verify (targets: ≥ 100,000 #commit frames/s decoded on 2 cores, and ≥ 3× the
 * reference decoder). A recording of {@code frames} #commit frames from {@code accounts} accounts
 * (generated once, with real K-256 signatures and tree blocks, under bench/target/firehose) is
 * decoded by Plaza in this JVM — on one worker, then on {@code workers} workers over partitions by
 * account — and fully verified on {@code workers} workers (signature, operations, inductive proof,
 * the relay's account rules); then, in the same run, @atproto/sync's firehose parsing decodes the
 * same recording in one Node process (test-peers/atproto/firehose-bench.mjs) and verifies its first
 * {@code referenceVerifyFrames} frames. Decoding passes have {@code warmups} untimed runs and
 * {@code runs} timed ones; verifying passes one warm-up and {@code verifyRuns} timed runs. Prints
 * every run, the medians, the ratios and the JVM's peak heap.
 *
 * <p>Usage: {@code FirehoseBenchmark [frames=200000] [accounts=300] [runs=5] [warmups=2] [workers=2]
 * [verifyRuns=3] [referenceVerifyFrames=10000]}.
 */
public final class FirehoseBenchmark {

    private static final long SEED = 1;
    private static final int PARTITIONS = 64;
    private static final double TARGET_FRAMES_PER_SECOND = 100_000;
    private static final double TARGET_RATIO = 3;

    private FirehoseBenchmark() {
    }

    /** A pass's timed runs and the JVM's heap high-water mark over them. */
    private record Pass(FirehoseRuns runs, long peakHeap) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int frames = arg(args, 0, 200_000);
        int accounts = arg(args, 1, 300);
        int runs = arg(args, 2, 5);
        int warmups = arg(args, 3, 2);
        int workers = arg(args, 4, 2);
        int verifyRuns = arg(args, 5, 3);
        int referenceVerifyFrames = Math.min(arg(args, 6, 10_000), frames);
        FirehoseRecording.Location location = FirehoseRecording.Location.of(Path.of("bench", "target", "firehose"),
                frames, accounts, SEED);
        prepare(location, frames, accounts);
        FirehoseRecording recording = FirehoseRecording.read(location);
        FirehosePartitions partitions = FirehosePartitions.of(recording.frames(), PARTITIONS);
        System.out.printf("recording: %,d #commit frames of %,d accounts, %,d MiB (%s); %s%n", recording.frames().size(),
                recording.accounts().size(), recording.bytes() >> 20, location.frames(), FirehoseMix.of(recording.frames()).summary());
        System.gc();
        System.out.printf("%d cores; heap in use with the recording loaded, after a GC: %,d MiB of %,d; %d warm-ups and %d timed "
                        + "runs per decoding pass, 1 and %d per verifying pass%n", Runtime.getRuntime().availableProcessors(),
                heapUsed() >> 20, Runtime.getRuntime().maxMemory() >> 20, warmups, runs, verifyRuns);

        Pass decodeOne = pass("Plaza decode, 1 worker", partitions, 1, warmups, runs, () -> FirehoseDecode::decode);
        Pass decode = pass("Plaza decode, %d workers".formatted(workers), partitions, workers, warmups, runs,
                () -> FirehoseDecode::decode);
        Pass verify = pass("Plaza verify, %d workers".formatted(workers), partitions, workers, 1, verifyRuns, () -> {
            AccountLedger ledger = ledger(recording);
            return frame -> FirehoseDecode.verify(frame, ledger);
        });
        System.out.printf("@atproto/sync in one Node process: decode all frames, verify the first %,d%n", referenceVerifyFrames);
        FirehoseReference.Result reference = FirehoseReference.run(location, warmups, runs, referenceVerifyFrames, verifyRuns);

        report("Plaza decode, %d workers:".formatted(workers), decode.runs(), decode.peakHeap());
        report("Plaza decode, 1 worker:", decodeOne.runs(), decodeOne.peakHeap());
        report("Plaza verify, %d workers:".formatted(workers), verify.runs(), verify.peakHeap());
        System.out.printf("%-34s %s frames/s, %,.0f frames per CPU-second; Node's peak RSS %,d MiB%n", "@atproto/sync decode:",
                reference.decode().summary(), reference.decode().medianPerCpuSecond(), reference.maxRssMiB());
        if (!reference.verify().isEmpty()) {
            System.out.printf("%-34s %s frames/s, %,.0f frames per CPU-second (first %,d frames)%n", "@atproto/sync verify:",
                    reference.verify().summary(), reference.verify().medianPerCpuSecond(), reference.verifyFrames());
            System.out.printf("Plaza / @atproto/sync verified: %.1f× (frames/s), %.1f× (per CPU-second)%n",
                    verify.runs().median() / reference.verify().median(),
                    verify.runs().medianPerCpuSecond() / reference.verify().medianPerCpuSecond());
        }
        double ratio = decode.runs().median() / reference.decode().median();
        System.out.printf("Plaza / @atproto/sync decoded: %.2f× (%d workers), %.2f× (1 worker), %.2f× per CPU-second%n", ratio,
                workers, decodeOne.runs().median() / reference.decode().median(),
                decode.runs().medianPerCpuSecond() / reference.decode().medianPerCpuSecond());
        System.out.printf("targets: ≥ %,.0f frames/s decoded: %s; ≥ %.0f× the reference: %s%n", TARGET_FRAMES_PER_SECOND,
                decode.runs().median() >= TARGET_FRAMES_PER_SECOND ? "met" : "not met", TARGET_RATIO,
                ratio >= TARGET_RATIO ? "met" : "not met");
    }

    private static void prepare(FirehoseRecording.Location location, int frames, int accounts)
            throws IOException, InterruptedException {
        if (location.exist()) {
            System.out.println("reusing " + location.frames());
            return;
        }
        System.out.printf("generating %,d #commit frames of %,d accounts into %s…%n", frames, accounts, location.frames());
        long start = System.nanoTime();
        FirehoseGenerator.generate(frames, accounts, SEED).write(location);
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** A relay's ledger that follows every account of the recording, each with its key, as resolved from its DID document. */
    private static AccountLedger ledger(FirehoseRecording recording) {
        AccountLedger ledger = new AccountLedger(Strictness.STRICT, Clock.systemUTC());
        recording.accounts().forEach(account -> ledger.track(
                new AccountIdentity(account.did(), Optional.empty(), account.key()), AccountStatus.ACTIVE));
        return ledger;
    }

    /** Warm-ups, then timed runs; {@code perRun} gives each run its work (a fresh ledger for verifying). */
    private static Pass pass(String name, FirehosePartitions partitions, int workers, int warmups, int runs,
            Supplier<ToIntFunction<byte[]>> perRun) throws InterruptedException {
        List<Double> perSecond = new ArrayList<>();
        List<Double> perCpuSecond = new ArrayList<>();
        long peak = 0;
        for (int run = 1 - warmups; run <= runs; run++) {
            ToIntFunction<byte[]> work = perRun.get();
            System.gc();
            HeapPeak.reset();
            long cpuBefore = cpuNanos();
            long start = System.nanoTime();
            long records = partitions.run(workers, work);
            long wall = System.nanoTime() - start;
            long cpu = cpuNanos() - cpuBefore;
            long heap = HeapPeak.bytes();
            double rate = partitions.frameCount() / (wall / 1e9);
            System.out.printf("%s %s: %,d frames, %,d records in %.2f s, %,.0f frames/s; %.2f cores busy, peak heap %,d MiB%n",
                    name, run <= 0 ? "warm-up" : "run " + run, partitions.frameCount(), records, wall / 1e9, rate,
                    (double) cpu / wall, heap >> 20);
            if (run > 0) {
                perSecond.add(rate);
                perCpuSecond.add(partitions.frameCount() / (cpu / 1e9));
                peak = Math.max(peak, heap);
            }
        }
        return new Pass(new FirehoseRuns(perSecond, perCpuSecond), peak);
    }

    private static void report(String name, FirehoseRuns runs, long peakHeap) {
        System.out.printf("%-34s %s frames/s, %,.0f frames per CPU-second; peak heap %,d MiB%n", name, runs.summary(),
                runs.medianPerCpuSecond(), peakHeap >> 20);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static int arg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }
}
