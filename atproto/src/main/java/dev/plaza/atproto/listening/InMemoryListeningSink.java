package dev.plaza.atproto.listening;

import dev.plaza.atproto.firehose.FirehoseMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A sink that keeps everything in memory, for tests and tools; a batch is stored under one lock. */
public final class InMemoryListeningSink implements ListeningSink {

    private final List<ListeningBatch> batches = new ArrayList<>();
    private final List<FirehoseMessage> messages = new ArrayList<>();
    private Optional<Long> cursor;

    public InMemoryListeningSink() {
        this(Optional.empty());
    }

    /** A sink that already holds a cursor, as if earlier batches had been stored. */
    public InMemoryListeningSink(Optional<Long> cursor) {
        this.cursor = cursor;
    }

    @Override
    public synchronized Optional<Long> cursor() {
        return cursor;
    }

    @Override
    public synchronized void store(ListeningBatch batch) {
        batches.add(batch);
        messages.addAll(batch.messages());
        cursor = Optional.of(batch.cursor());
    }

    /** Every message stored, in order. */
    public synchronized List<FirehoseMessage> messages() {
        return List.copyOf(messages);
    }

    public synchronized List<ListeningBatch> batches() {
        return List.copyOf(batches);
    }
}
