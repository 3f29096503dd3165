package dev.plaza.atproto.listening;

import java.util.Optional;

/**
 * Where a {@link FirehoseListener} puts what it hears. The listener resumes from {@link #cursor()} each time it
 * connects, so a sink that stores each batch's messages and cursor in one transaction gets every message
 * exactly once across crashes and reconnects: what it stored is never sent again, and what it did not store
 * is sent again.
 */
public interface ListeningSink {

    /** The cursor stored with the last batch, once any batch being stored is; empty before the first. */
    Optional<Long> cursor();

    /**
     * Stores the batch's messages together with its cursor, atomically: both are stored, or neither is. A sink
     * may store behind the listener and return before the batch is committed; a failure is then thrown by the
     * next call, and {@link #cursor()} waits for the batch. Called from the listener's one thread, never
     * concurrently.
     */
    void store(ListeningBatch batch);
}
