package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import java.time.Duration;
import java.util.Optional;

/**
 * How a {@link FirehoseListener} listens.
 *
 * @param queueFrames    frames held between the socket and the sink; when full the socket is not read until the
 *                       sink catches up (WebSocket flow control), and the host sees a slow consumer
 * @param queueBytes     the same bound in bytes, so that a queue of large frames stays small
 * @param maxFrameBytes  a larger frame is discarded and counted, never held whole (commits are at most 2 MB of
 *                       blocks by the subscribeRepos lexicon)
 * @param maxBatch       messages given to the sink in one batch at most; fewer when the queue runs empty
 * @param connectTimeout to open the connection and finish the WebSocket handshake
 * @param pingInterval   after this long without a frame the listener pings the host, and after twice as long
 *                       without a frame or pong it takes the connection for dead and connects again
 * @param backoff        waits between connection attempts
 * @param firstCursor    where to start when the sink holds no cursor yet: empty for live messages only, 0 for
 *                       everything the host still keeps
 */
public record ListeningSettings(int queueFrames, long queueBytes, int maxFrameBytes, int maxBatch, Duration connectTimeout,
                                Duration pingInterval, Backoff backoff, Optional<Long> firstCursor) {

    public static final ListeningSettings DEFAULT = new ListeningSettings(5_000, 64L * 1024 * 1024, 5 * 1024 * 1024, 5_000,
            Duration.ofSeconds(10), Duration.ofSeconds(30), Backoff.DEFAULT, Optional.empty());

    public ListeningSettings {
        requireNonNull(connectTimeout, "connectTimeout");
        requireNonNull(pingInterval, "pingInterval");
        requireNonNull(backoff, "backoff");
        requireNonNull(firstCursor, "firstCursor");
        if (queueFrames < 1 || queueBytes < 1 || maxFrameBytes < 1 || maxBatch < 1 || connectTimeout.toMillis() < 1
                || pingInterval.toMillis() < 1 || firstCursor.filter(cursor -> cursor < 0).isPresent()) {
            throw new AtprotoException(("listening limits must be positive (firstCursor at least 0): queueFrames %d, "
                    + "queueBytes %d, maxFrameBytes %d, maxBatch %d, connectTimeout %s, pingInterval %s, firstCursor %s")
                    .formatted(queueFrames, queueBytes, maxFrameBytes, maxBatch, connectTimeout, pingInterval, firstCursor));
        }
    }

    public ListeningSettings withQueue(int frames, long bytes) {
        return new ListeningSettings(frames, bytes, maxFrameBytes, maxBatch, connectTimeout, pingInterval, backoff, firstCursor);
    }

    public ListeningSettings withMaxFrameBytes(int bytes) {
        return new ListeningSettings(queueFrames, queueBytes, bytes, maxBatch, connectTimeout, pingInterval, backoff, firstCursor);
    }

    public ListeningSettings withMaxBatch(int messages) {
        return new ListeningSettings(queueFrames, queueBytes, maxFrameBytes, messages, connectTimeout, pingInterval, backoff,
                firstCursor);
    }

    public ListeningSettings withConnectTimeout(Duration timeout) {
        return new ListeningSettings(queueFrames, queueBytes, maxFrameBytes, maxBatch, timeout, pingInterval, backoff, firstCursor);
    }

    public ListeningSettings withPingInterval(Duration interval) {
        return new ListeningSettings(queueFrames, queueBytes, maxFrameBytes, maxBatch, connectTimeout, interval, backoff,
                firstCursor);
    }

    public ListeningSettings withBackoff(Backoff waits) {
        return new ListeningSettings(queueFrames, queueBytes, maxFrameBytes, maxBatch, connectTimeout, pingInterval, waits,
                firstCursor);
    }

    /** Starts from {@code cursor} when the sink holds none: 0 replays all the host keeps. */
    public ListeningSettings withFirstCursor(long cursor) {
        return new ListeningSettings(queueFrames, queueBytes, maxFrameBytes, maxBatch, connectTimeout, pingInterval, backoff,
                Optional.of(cursor));
    }
}
