package dev.plaza.atproto.jetstream;

import dev.plaza.atproto.listening.InMemoryBatches;
import java.util.List;
import java.util.Optional;

/** A sink that keeps everything in memory, for tests and tools; a batch is stored under one lock. */
public final class InMemoryJetstreamSink extends InMemoryBatches<JetstreamEvent, JetstreamBatch> implements JetstreamSink {

    public InMemoryJetstreamSink() {
        this(Optional.empty());
    }

    /** A sink that already holds a cursor, as if earlier batches had been stored. */
    public InMemoryJetstreamSink(Optional<Long> cursor) {
        super(cursor);
    }

    @Override
    public void store(JetstreamBatch batch) {
        add(batch, batch.events(), batch.cursor());
    }

    /** Every event stored, in order. */
    public List<JetstreamEvent> events() {
        return items();
    }
}
