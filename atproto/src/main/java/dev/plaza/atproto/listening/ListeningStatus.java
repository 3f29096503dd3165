package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A listener as it stands, readable at any time.
 *
 * @param state             what it is doing
 * @param cursor            the cursor last stored in the sink (or read from it at start)
 * @param latestMessageAt   the time the host gave the latest message handled
 * @param lag               how far behind the host the listener is: now − {@code latestMessageAt}
 * @param messagesPerSecond messages handled per second, over the last ten seconds
 * @param queueDepth        frames waiting between the socket and the sink
 * @param queueCapacity     the frames the queue holds before the socket is no longer read
 * @param counts            what was heard since the listener started
 * @param lastProblem       the last thing that went wrong (a refused connection, an error frame, a failed sink)
 */
public record ListeningStatus(State state, Optional<Long> cursor, Optional<Instant> latestMessageAt, Optional<Duration> lag,
                              double messagesPerSecond, int queueDepth, int queueCapacity, Counts counts,
                              Optional<String> lastProblem) {

    public enum State {
        /** Opening a connection to the host. */
        CONNECTING,
        /** Connected and reading messages. */
        STREAMING,
        /** Waiting before it connects again. */
        WAITING,
        /** Closed, or stopped for good by a problem retrying cannot fix (see lastProblem). */
        STOPPED
    }

    /**
     * @param connections connections opened
     * @param messages    messages with a seq read from the stream (commits, syncs, identity and account changes), or
     *                    with a time_us on a Jetstream
     * @param stored      messages the sink stored
     * @param infos       #info messages, such as OutdatedCursor
     * @param errorFrames error frames the host ended a connection with
     * @param unknown     messages of types Plaza does not read, skipped as the event stream spec asks
     * @param malformed   frames that did not decode, skipped
     * @param oversized   frames over the size limit, discarded unread
     * @param invalid     messages that failed verification, skipped
     * @param dropped     messages verification left out without fault: stale revs, inactive accounts
     * @param repeated    messages whose seq (or time_us) was not past the cursor, skipped
     */
    public record Counts(long connections, long messages, long stored, long infos, long errorFrames, long unknown,
                         long malformed, long oversized, long invalid, long dropped, long repeated) {
    }

    public ListeningStatus {
        requireNonNull(state, "state");
        requireNonNull(cursor, "cursor");
        requireNonNull(latestMessageAt, "latestMessageAt");
        requireNonNull(lag, "lag");
        requireNonNull(counts, "counts");
        requireNonNull(lastProblem, "lastProblem");
    }
}
