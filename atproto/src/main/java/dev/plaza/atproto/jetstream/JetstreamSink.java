package dev.plaza.atproto.jetstream;

import java.util.Optional;

/**
 * Where a {@link JetstreamListener} puts what it hears. The listener resumes from {@link #cursor()} each time it
 * connects, so a sink that stores each batch's events and cursor in one transaction gets every event exactly once
 * across crashes and reconnects: Jetstream sends again the events from the cursor on, and those at or before it are
 * not handed over again.
 */
public interface JetstreamSink {

    /** The cursor stored with the last batch; empty before the first. */
    Optional<Long> cursor();

    /**
     * Stores the batch's events together with its cursor, atomically: afterwards both are stored, or, if this throws,
     * neither is. Called from the listener's one thread, never concurrently.
     */
    void store(JetstreamBatch batch);
}
