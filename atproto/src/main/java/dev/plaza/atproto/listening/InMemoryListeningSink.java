package dev.plaza.atproto.listening;

import dev.plaza.atproto.firehose.FirehoseMessage;
import java.util.List;
import java.util.Optional;

/** A sink that keeps everything in memory, for tests and tools; a batch is stored under one lock. */
public final class InMemoryListeningSink extends InMemoryBatches<FirehoseMessage, ListeningBatch> implements ListeningSink {

    public InMemoryListeningSink() {
        this(Optional.empty());
    }

    /** A sink that already holds a cursor, as if earlier batches had been stored. */
    public InMemoryListeningSink(Optional<Long> cursor) {
        super(cursor);
    }

    @Override
    public void store(ListeningBatch batch) {
        add(batch, batch.messages(), batch.cursor());
    }

    /** Every message stored, in order. */
    public List<FirehoseMessage> messages() {
        return items();
    }
}
