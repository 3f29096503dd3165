package dev.plaza.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: items submitted concurrently under the same key are written together, in one call
 * of the {@link Writer} (one transaction), and each caller returns once the write that holds its
 * item is done. Under load one transaction serves many callers; alone, a caller waits for nothing.
 *
 * <p>A failed group is written again one item at a time, so an item that cannot be written fails
 * only its own caller.
 *
 * @param <T> what callers submit
 * @param <R> what each caller gets back
 */
public final class GroupCommit<T, R> {

    /** Writes a group in one go; answers one result per item, in order. */
    @FunctionalInterface
    public interface Writer<T, R> {
        List<R> write(long key, List<T> items);
    }

    private final String name;
    private final Writer<T, R> writer;
    private final int maxGroup;
    private final ConcurrentMap<Long, Lane> lanes = new ConcurrentHashMap<>();

    public GroupCommit(String name, int maxGroup, Writer<T, R> writer) {
        this.name = requireNonNull(name, "name");
        this.writer = requireNonNull(writer, "writer");
        if (maxGroup < 1) {
            throw new IllegalArgumentException("a group holds at least one item, not " + maxGroup);
        }
        this.maxGroup = maxGroup;
    }

    /** Writes {@code item} with whatever else is waiting under {@code key}; returns its result once written. */
    public R submit(long key, T item) {
        Pending<T, R> pending = new Pending<>(requireNonNull(item, "item"));
        lanes.computeIfAbsent(key, Lane::new).add(pending);
        try {
            return pending.result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private record Pending<T, R>(T item, CompletableFuture<R> result) {
        Pending(T item) {
            this(item, new CompletableFuture<>());
        }
    }

    /** The queue of one key, drained by at most one virtual thread at a time. */
    private final class Lane {

        private final long key;
        private final ReentrantLock lock = new ReentrantLock();
        private final Deque<Pending<T, R>> queue = new ArrayDeque<>();
        private boolean draining;

        Lane(long key) {
            this.key = key;
        }

        void add(Pending<T, R> pending) {
            boolean start;
            lock.lock();
            try {
                queue.add(pending);
                start = !draining;
                draining = true;
            } finally {
                lock.unlock();
            }
            if (start) {
                Thread.ofVirtual().name(name + "-" + key).start(this::drain);
            }
        }

        private void drain() {
            for (List<Pending<T, R>> group = next(); !group.isEmpty(); group = next()) {
                write(group);
            }
        }

        private List<Pending<T, R>> next() {
            lock.lock();
            try {
                List<Pending<T, R>> group = new ArrayList<>(Math.min(queue.size(), maxGroup));
                while (!queue.isEmpty() && group.size() < maxGroup) {
                    group.add(queue.poll());
                }
                draining = !group.isEmpty();
                return group;
            } finally {
                lock.unlock();
            }
        }

        private void write(List<Pending<T, R>> group) {
            try {
                complete(group, writer.write(key, group.stream().map(Pending::item).toList()));
            } catch (RuntimeException | Error e) {
                if (group.size() == 1) {
                    group.getFirst().result.completeExceptionally(e);
                } else {
                    group.forEach(pending -> write(List.of(pending)));
                }
            }
        }

        private void complete(List<Pending<T, R>> group, List<R> results) {
            if (results.size() != group.size()) {
                throw new IllegalStateException("%s wrote %d items but answered %d results"
                        .formatted(name, group.size(), results.size()));
            }
            for (int i = 0; i < group.size(); i++) {
                group.get(i).result.complete(results.get(i));
            }
        }
    }
}
