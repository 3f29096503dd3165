package dev.plaza.atproto.jetstream;

import java.util.Optional;

/**
 * Where a {@link JetstreamListener} puts what it hears. The listener resumes from {@link #cursor()} each time it
 * connects, so a sink that stores each batch's events and cursor in one transaction gets every event exactly once
 * across crashes and reconnects: Jetstream sends again the events from the cursor on, and those at or before it are
 * not handed over again.
 */
public interface JetstreamSink {

    /** The cursor stored with the last batch, once any batch being stored is; empty before the first. */
    Optional<Long> cursor();

    /**
     * Stores the batch's events together with its cursor, atomically: both are stored, or neither is. A sink may
     * store behind the listener and return before the batch is committed; a failure is then thrown by the next
     * call, and {@link #cursor()} waits for the batch. Called from the listener's one thread, never concurrently.
     */
    void store(JetstreamBatch batch);
}
