package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event stream whose messages each carry the cursor they advance to, as Plaza's listening machinery follows it
 * (see {@link ListenerBuilder#listen}): the machinery connects, resumes, backs off, holds the socket back and counts;
 * the stream says where to connect, reads each message and stores batches. A message whose cursor is not past the
 * stored one was heard already and is skipped.
 */
public interface EventStream<M> {

    /** The path and query of a connection that resumes from {@code cursor}, such as "/subscribe?cursor=…". */
    String target(Optional<Long> cursor);

    /**
     * Reads one whole message, given as it came ({@code text} for text frames, as UTF-8). Throws
     * {@link dev.plaza.atproto.AtprotoException} for a message that cannot be read: it is skipped and counted as
     * malformed, and the connection goes on.
     */
    Heard<M> read(byte[] message, boolean text);

    /** The cursor stored with the last batch; empty before the first. */
    Optional<Long> cursor();

    /**
     * Stores the events together with the cursor they advance to, atomically: both are stored or, if this throws,
     * neither. Called from the listener's one thread.
     */
    void store(List<M> events, long cursor);

    /** What a message was. */
    sealed interface Heard<M> {

        /** An event to hand over; {@code at} is the time the host gave it. */
        record Event<M>(M event, long cursor, Instant at) implements Heard<M> {
            public Event {
                requireNonNull(event, "event");
                requireNonNull(at, "at");
            }
        }

        /** A message of a kind the stream does not read: skipped, counted as unknown, its cursor kept. */
        record Skipped<M>(long cursor, String kind) implements Heard<M> {
            public Skipped {
                requireNonNull(kind, "kind");
            }
        }
    }
}
