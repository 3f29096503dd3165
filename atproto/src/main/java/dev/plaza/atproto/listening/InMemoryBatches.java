package dev.plaza.atproto.listening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an in-memory sink keeps: its batches, what they carried in order, and the last cursor, all changed under one
 * lock, so that a batch and its cursor are stored together.
 */
public abstract class InMemoryBatches<M, B> {

    private final List<B> batches = new ArrayList<>();
    private final List<M> items = new ArrayList<>();
    private Optional<Long> cursor;

    protected InMemoryBatches(Optional<Long> cursor) {
        this.cursor = cursor;
    }

    /** The cursor stored with the last batch; empty before the first, unless the sink was made with one. */
    public synchronized Optional<Long> cursor() {
        return cursor;
    }

    public synchronized List<B> batches() {
        return List.copyOf(batches);
    }

    protected final synchronized void add(B batch, List<M> carried, long batchCursor) {
        batches.add(batch);
        items.addAll(carried);
        cursor = Optional.of(batchCursor);
    }

    /** Everything the batches carried, in order. */
    protected final synchronized List<M> items() {
        return List.copyOf(items);
    }
}
