package dev.plaza.atproto.jetstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A sink that keeps everything in memory, for tests and tools; a batch is stored under one lock. */
public final class InMemoryJetstreamSink implements JetstreamSink {

    private final List<JetstreamBatch> batches = new ArrayList<>();
    private final List<JetstreamEvent> events = new ArrayList<>();
    private Optional<Long> cursor;

    public InMemoryJetstreamSink() {
        this(Optional.empty());
    }

    /** A sink that already holds a cursor, as if earlier batches had been stored. */
    public InMemoryJetstreamSink(Optional<Long> cursor) {
        this.cursor = cursor;
    }

    @Override
    public synchronized Optional<Long> cursor() {
        return cursor;
    }

    @Override
    public synchronized void store(JetstreamBatch batch) {
        batches.add(batch);
        events.addAll(batch.events());
        cursor = Optional.of(batch.cursor());
    }

    /** Every event stored, in order. */
    public synchronized List<JetstreamEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<JetstreamBatch> batches() {
        return List.copyOf(batches);
    }
}
