package dev.plaza.atproto.listening;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One kind of event stream as the listening machinery follows it: where a connection goes, whether messages come as
 * text, where the cursor and what was heard are stored, and how a connection's frames are read into its pending batch.
 */
interface Protocol<M> {

    StreamEndpoint endpoint();

    /** The socket's URL for a connection that resumes from {@code cursor}. */
    URI socket(Optional<Long> cursor);

    boolean readsText();

    /** The cursor stored with the last batch; empty before the first. */
    Optional<Long> cursor();

    /** Stores messages together with their cursor, atomically. */
    void store(List<M> messages, long cursor);

    /** What reads one connection's frames into {@code pending}. */
    Reader reader(PendingBatch<M> pending, Metrics metrics);

    /** Forgets what reading learned from messages that were not stored, as they are heard again. */
    default void forget() {
    }

    /** Reads one frame; answers how the connection ends if it must. */
    @FunctionalInterface
    interface Reader {
        Optional<Ending> handle(Arrival.Frame frame);
    }
}
