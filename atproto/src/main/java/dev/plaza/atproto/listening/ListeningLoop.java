package dev.plaza.atproto.listening;

import dev.plaza.atproto.listening.ListeningStatus.State;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.net.GuardedHttpClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listener's thread: connects from the sink's cursor, listens until the connection ends, waits as the backoff
 * says and connects again, until it is closed or meets a host it may never contact.
 */
final class ListeningLoop<M> implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ListeningLoop.class);

    /** Everything a connection needs. */
    record Parts<M>(Protocol<M> protocol, GuardedHttpClient http, HttpClient sockets, ListeningSettings settings,
                    Metrics metrics, ListeningCores cores) {

        StreamEndpoint endpoint() {
            return protocol.endpoint();
        }
    }

    private final Parts<M> parts;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private volatile boolean closing;
    private volatile Inbox inbox;

    ListeningLoop(Parts<M> parts, Sleeper sleeper, RandomGenerator random) {
        this.parts = parts;
        this.sleeper = sleeper;
        this.random = random;
    }

    @Override
    public void run() {
        int failures = 0;
        try {
            while (!closing) {
                parts.metrics().state(State.CONNECTING);
                Ending ending = connectOnce();
                if (closing) {
                    break;
                }
                parts.metrics().problem(ending.why());
                if (ending.retry() == Ending.Retry.NEVER) {
                    LOG.error("stopped listening: {}", ending.why());
                    break;
                }
                // the first wait after a connection that moved the cursor, or after the first that did not, is the shortest
                failures = ending.progressed() ? 0 : failures + 1;
                Duration wait = ending.retry() == Ending.Retry.SLOWLY
                        ? parts.settings().backoff().max()
                        : parts.settings().backoff().delay(Math.max(0, failures - 1), random);
                LOG.info("{}; connecting again in {} ms", ending.why(), wait.toMillis());
                parts.metrics().state(State.WAITING);
                sleeper.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            parts.metrics().state(State.STOPPED);
        }
    }

    private Ending connectOnce() throws InterruptedException {
        Optional<Long> cursor;
        try {
            cursor = parts.protocol().cursor();
        } catch (RuntimeException e) {
            LOG.error("the sink's cursor could not be read", e);
            return Ending.soon("the sink's cursor could not be read: " + e);
        }
        cursor.ifPresent(parts.metrics()::cursor);
        try {
            return new StreamSession<>(parts, this::connecting).run(cursor.or(() -> parts.settings().firstCursor()));
        } catch (RuntimeException e) {
            parts.protocol().forget();
            LOG.error("listening to {} failed unexpectedly", parts.endpoint(), e);
            return Ending.soon("listening to %s failed unexpectedly: %s".formatted(parts.endpoint(), e));
        }
    }

    private void connecting(Inbox current) {
        inbox = current;
        if (closing) {
            current.end("the listener was closed");
        }
    }

    /** Sends a text message on the open connection; false when there is none. */
    boolean send(String text) {
        Inbox current = inbox;
        return current != null && current.send(socket -> socket.sendText(text, true));
    }

    /** Ends the connection, if any; the thread stores what it heard and stops. */
    void close() {
        closing = true;
        Inbox current = inbox;
        if (current != null) {
            current.end("the listener was closed");
        }
    }
}
