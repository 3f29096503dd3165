package dev.plaza.bench;

import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.Frames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;

/**
 * The recording's frames split by account into partitions, each in stream order, so that workers
 * taking whole partitions keep every account's commits in order while using every core: what a
 * consumer that spreads a firehose over threads by repository does.
 */
final class FirehosePartitions {

    private final List<byte[]> frames;
    private final List<int[]> partitions;

    private FirehosePartitions(List<byte[]> frames, List<int[]> partitions) {
        this.frames = frames;
        this.partitions = partitions;
    }

    /** Reads each frame's account (before any timing) and deals the accounts into {@code count} partitions, largest first. */
    static FirehosePartitions of(List<byte[]> frames, int count) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < frames.size(); i++) {
            CommitMessage commit = (CommitMessage) Frames.decode(frames.get(i));
            lists.get(Math.floorMod(commit.repo().value().hashCode(), count)).add(i);
        }
        List<int[]> partitions = lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .sorted(Comparator.comparingInt((int[] p) -> p.length).reversed()).toList();
        return new FirehosePartitions(frames, partitions);
    }

    int frameCount() {
        return frames.size();
    }

    /** Runs {@code perFrame} over every frame on {@code workers} threads; returns the sum of what it returned. */
    long run(int workers, ToIntFunction<byte[]> perFrame) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        LongAdder total = new LongAdder();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofPlatform().name("firehose-worker-" + w).start(() -> {
                try {
                    for (int p = next.getAndIncrement(); p < partitions.size() && failure.get() == null; p = next.getAndIncrement()) {
                        long sum = 0;
                        for (int frame : partitions.get(p)) {
                            sum += perFrame.applyAsInt(frames.get(frame));
                        }
                        total.add(sum);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return total.sum();
    }
}
